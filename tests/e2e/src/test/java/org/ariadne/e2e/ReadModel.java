package org.ariadne.e2e;

import com.jayway.jsonpath.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ariadne.testing.Api;

/**
 * A place where every accepted write must end up exactly once: the writing service's own read, or a consumer's read
 * model (monitoring's, funding's and partners' views of the plans). Each is read
 * over HTTP, as a user would see it.
 *
 * @param name     shown in the report
 * @param service  the service that answers (read directly, so the gateway's state does not matter)
 * @param path     the path of one plan's activities, with {@code {tenant}} and {@code {plan}}
 * @param codes    JSONPath of the activity codes in the answer
 */
record ReadModel(String name, String service, String path, String codes) {

    static final ReadModel PLANS = new ReadModel("plans", "plans", "/api/t/{tenant}/plans/{plan}", "$..activities[*].code");
    static final ReadModel MONITORING = new ReadModel("monitoring", "monitoring",
            "/api/t/{tenant}/monitoring/plans/{plan}/activities", "$.activities[*].code");
    static final ReadModel FUNDING = new ReadModel("funding", "funding", "/api/t/{tenant}/funding/activities?planId={plan}",
            "$.items[*].code");
    static final ReadModel PARTNERS = new ReadModel("partners", "partners", "/api/t/{tenant}/partners/activities?planId={plan}",
            "$.items[*].code");

    /**
     * How often each code with the prefix occurs, over the given plans; null while the service cannot answer (it is
     * down, or does not know a plan yet).
     */
    Map<String, Integer> occurrences(LocalStack stack, String tenant, String token, List<String> planIds, String prefix) {
        Api api = new Api(stack.url(service));
        Map<String, Integer> counts = new HashMap<>();
        for (String planId : planIds) {
            Api.Response response;
            try {
                response = api.get(path.replace("{tenant}", tenant).replace("{plan}", planId), token);
            } catch (RuntimeException e) {
                return null;
            }
            if (response.status() != 200) {
                return null;
            }
            List<String> found = JsonPath.read(response.body(), codes);
            found.stream().filter(code -> code.startsWith(prefix + ".")).forEach(code -> counts.merge(code, 1, Integer::sum));
        }
        return counts;
    }
}
