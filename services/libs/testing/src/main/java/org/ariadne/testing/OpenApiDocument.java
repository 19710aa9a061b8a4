package org.ariadne.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A service's own OpenAPI document ({@code /v3/api-docs}) as the fuzz suite and the isolation suite read it: its
 * operations with their parameters and request bodies, schemas resolved against the document's components.
 */
public final class OpenApiDocument {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> METHODS = List.of("get", "put", "post", "patch", "delete");

    private final JsonNode root;
    private final List<Operation> operations = new ArrayList<>();

    private OpenApiDocument(JsonNode root) {
        this.root = root;
        root.path("paths").properties().forEach(path -> {
            List<JsonNode> shared = new ArrayList<>();
            path.getValue().path("parameters").values().forEach(shared::add);
            for (String method : METHODS) {
                JsonNode operation = path.getValue().path(method);
                if (!operation.isMissingNode()) {
                    operations.add(operation(method, path.getKey(), operation, shared));
                }
            }
        });
    }

    /** Reads the document the service at {@code api} serves. */
    public static OpenApiDocument of(Api api) {
        Api.Response response = api.get("/v3/api-docs", null);
        if (response.status() != 200) {
            throw new IllegalStateException("no OpenAPI document at /v3/api-docs: " + response);
        }
        return parse(response.body());
    }

    public static OpenApiDocument parse(String json) {
        return new OpenApiDocument(JSON.readTree(json));
    }

    public List<Operation> operations() {
        return operations;
    }

    /** The schema itself, or the component a {@code $ref} names (followed until it is not a reference). */
    public JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; current != null && current.has("$ref") && hops < 20; hops++) {
            String ref = current.get("$ref").asString();
            current = root.at(ref.substring(1));
        }
        if (current != null && !current.has("type") && current.has("allOf") && current.get("allOf").size() == 1) {
            return resolve(current.get("allOf").get(0));
        }
        return current;
    }

    private Operation operation(String method, String path, JsonNode node, List<JsonNode> shared) {
        List<Parameter> parameters = new ArrayList<>();
        List<JsonNode> all = new ArrayList<>(shared);
        node.path("parameters").values().forEach(all::add);
        for (JsonNode p : all) {
            JsonNode parameter = resolve(p);
            parameters.add(new Parameter(parameter.path("name").asString(), parameter.path("in").asString(),
                    parameter.path("required").asBoolean(false), resolve(parameter.path("schema"))));
        }
        Body body = null;
        JsonNode requestBody = resolve(node.path("requestBody"));
        if (requestBody != null && !requestBody.isMissingNode()) {
            Map<String, JsonNode> content = new LinkedHashMap<>();
            requestBody.path("content").properties().forEach(e -> content.put(e.getKey(), resolve(e.getValue().path("schema"))));
            body = new Body(requestBody.path("required").asBoolean(false), content);
        }
        return new Operation(method.toUpperCase(Locale.ROOT), path, node.path("operationId").asString(""), parameters, body);
    }

    /** One operation: method, path template, parameters and request body. */
    public record Operation(String method, String path, String operationId, List<Parameter> parameters, Body body) {

        public List<Parameter> in(String location) {
            return parameters.stream().filter(p -> p.in().equals(location)).toList();
        }

        public Optional<Parameter> parameter(String name) {
            return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    public record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    /** A request body: whether it is required, and its schema per media type. */
    public record Body(boolean required, Map<String, JsonNode> content) {

        public boolean acceptsJson() {
            return content.keySet().stream().anyMatch(type -> type.startsWith("application/json"));
        }

        public boolean acceptsAnything() {
            return content.containsKey("*/*");
        }

        public JsonNode jsonSchema() {
            return content.entrySet().stream().filter(e -> e.getKey().startsWith("application/json")).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
        }
    }

    /** The first type a schema names ({@code "string"} also for OpenAPI 3.1's {@code ["string", "null"]}). */
    public static String typeOf(JsonNode schema) {
        if (schema == null) {
            return "";
        }
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type.values()) {
                if (!"null".equals(t.asString())) {
                    return t.asString();
                }
            }
            return "null";
        }
        if (type.isString()) {
            return type.asString();
        }
        if (schema.has("properties") || schema.has("additionalProperties")) {
            return "object";
        }
        if (schema.has("items")) {
            return "array";
        }
        return "";
    }
}
