package org.ariadne.testing;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every operation a service's OpenAPI document ({@code /v3/api-docs}) declares, so a proof over "every endpoint" is
 * generated from what the service serves and a new endpoint cannot escape it.
 */
public final class OpenApiEndpoints {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private OpenApiEndpoints() {
    }

    /** One operation: its HTTP method, its path template and the names of its query parameters. */
    public record Endpoint(String method, String path, List<String> queryParameters) {

        /** The path with {@code tenant} and {@code child} filled in and every other variable a probe id. */
        public String concrete(String tenant, String child) {
            return path.replace("{tenant}", tenant).replace("{child}", child).replaceAll("\\{[^}]+}", "isolation-probe");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** The operations of the service listening on {@code port}. */
    @SuppressWarnings("unchecked")
    public static List<Endpoint> of(Api api) {
        Api.Response docs = api.get("/v3/api-docs", null);
        if (docs.status() != 200) {
            throw new IllegalStateException("No OpenAPI document at /v3/api-docs: " + docs);
        }
        Map<String, Map<String, Object>> paths = JsonPath.read(docs.body(), "$.paths");
        List<Endpoint> endpoints = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (METHODS.contains(method) && operation instanceof Map<?, ?> op) {
                List<String> query = new ArrayList<>();
                if (op.get("parameters") instanceof List<?> parameters) {
                    for (Object parameter : parameters) {
                        if (parameter instanceof Map<?, ?> p && "query".equals(p.get("in")) && p.get("name") instanceof String n) {
                            query.add(n);
                        }
                    }
                }
                endpoints.add(new Endpoint(method.toUpperCase(Locale.ROOT), path, List.copyOf(query)));
            }
        }));
        return endpoints;
    }
}
