package org.ariadne.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Creates (or finds, on a later run) the load tenants, their users and data through the gateway's public and admin
 * APIs, and hands every virtual user its place. Traffic is uneven, as in real life: users are spread over the tenants
 * by a Zipf-like weight (tenant k gets a share ∝ 1/k^0.8), so a few tenants are busy, many are quiet and some idle.
 * Within a tenant one user is the coordinator (edits the plan, starts imports and reports), then one focal point per
 * institution (reports on its own contribution), then viewers: no two users write the same document at once, as
 * people rarely do.
 */
final class LoadTenants {

    static final int INSTITUTIONS = 6;
    static final String PLAN_TITLE = "Load test plan";
    private static final int AREAS = 4;
    private static final int PROGRAMMES = 4;
    private static final int ACTIVITIES = 6;

    /** One virtual user's place: what its requests use. */
    record Slot(String tenant, String role, String username, String token, String planId, String nodeId, String roundId,
            String contributionId, String activityId) {

        Map<String, Object> feed() {
            Map<String, Object> feed = new LinkedHashMap<>();
            feed.put("tenant", tenant);
            feed.put("role", role);
            feed.put("token", token);
            feed.put("planId", planId);
            feed.put("nodeId", nodeId);
            feed.put("roundId", roundId);
            feed.put("contributionId", contributionId == null ? "" : contributionId);
            feed.put("activityId", activityId == null ? "" : activityId);
            return feed;
        }
    }

    private LoadTenants() {
    }

    /** How many of {@code users} fall to each of {@code tenants} (largest remainder of the weights). */
    static int[] usersPerTenant(int tenants, int users) {
        double[] weights = new double[tenants];
        double sum = 0;
        for (int k = 0; k < tenants; k++) {
            weights[k] = 1 / Math.pow(k + 1, 0.8);
            sum += weights[k];
        }
        int[] counts = new int[tenants];
        double[] remainders = new double[tenants];
        int given = 0;
        for (int k = 0; k < tenants; k++) {
            double exact = users * weights[k] / sum;
            counts[k] = (int) Math.floor(exact);
            remainders[k] = exact - counts[k];
            given += counts[k];
        }
        while (given < users) {
            int best = 0;
            for (int k = 1; k < tenants; k++) {
                if (remainders[k] > remainders[best]) {
                    best = k;
                }
            }
            counts[best]++;
            remainders[best] = -1;
            given++;
        }
        return counts;
    }

    static List<Slot> prepare(LoadSettings settings, StackClient gateway) {
        String admin = gateway.clientCredentialsToken(settings.adminClient(), settings.adminSecret());
        int[] counts = usersPerTenant(settings.tenants(), settings.users());
        List<Slot> slots = new ArrayList<>();
        for (int k = 0; k < settings.tenants(); k++) {
            String tenant = settings.tenantId(k);
            gateway.post("/api/admin/tenants", admin, Map.of("id", tenant, "name", "Load tenant " + (k + 1),
                    "languages", List.of("en"), "currency", "EUR", "timeZone", "Europe/Sarajevo",
                    "levelNames", List.of("Area", "Programme", "Activity"))).expect(201, 409);
            if (counts[k] > 0) {
                slots.addAll(prepareTenant(settings, gateway, admin, tenant, counts[k]));
            }
            System.out.printf("load: tenant %s ready with %d user(s)%n", tenant, counts[k]);
        }
        return slots;
    }

    private static List<Slot> prepareTenant(LoadSettings settings, StackClient gateway, String admin, String tenant, int users) {
        String coordinator = user(settings, gateway, admin, tenant, "coordinator", 0);
        String coordinatorToken = SignIn.accessToken(gateway, coordinator, settings.password());
        String api = "/api/t/" + tenant;
        awaitTenant(gateway, api, coordinatorToken);
        String planId = planOf(gateway, api, coordinatorToken);
        JsonNode tree = gateway.get(api + "/plans/" + planId, coordinatorToken).expect(200).json();
        String nodeId = tree.findParents("nodeId").get(0).path("nodeId").asText();
        String roundId = roundOf(gateway, api, coordinatorToken, planId);
        Map<String, JsonNode> contributions = new LinkedHashMap<>();
        for (JsonNode contribution : gateway.get(api + "/monitoring/rounds/" + roundId + "/contributions", coordinatorToken)
                .expect(200).json().path("contributions")) {
            contributions.put(contribution.path("institution").asText(), contribution);
        }
        List<Slot> slots = new ArrayList<>();
        JsonNode first = contributions.values().iterator().next();
        slots.add(new Slot(tenant, "coordinator", coordinator, coordinatorToken, planId, nodeId, roundId,
                first.path("contributionId").asText(), first.path("activityIds").path(0).asText()));
        for (int i = 1; i < users; i++) {
            boolean focal = i <= INSTITUTIONS;
            String role = focal ? "focal_point" : "viewer";
            String username = user(settings, gateway, admin, tenant, role, i);
            String token = SignIn.accessToken(gateway, username, settings.password());
            JsonNode contribution = focal ? contributions.get(institution(i)) : null;
            slots.add(new Slot(tenant, focal ? "focal" : "viewer", username, token, planId, nodeId, roundId,
                    contribution == null ? null : contribution.path("contributionId").asText(),
                    contribution == null ? null : contribution.path("activityIds").path(0).asText()));
        }
        return slots;
    }

    private static String user(LoadSettings settings, StackClient gateway, String admin, String tenant, String role, int index) {
        String username = "load." + role.replace("_point", "") + index + "." + tenant;
        Map<String, Object> membership = new LinkedHashMap<>();
        membership.put("tenant", tenant);
        membership.put("roles", List.of(role));
        membership.put("institution", role.equals("focal_point") ? institution(index) : null);
        gateway.post("/api/admin/users", admin, Map.of("username", username, "displayName", "Load user " + username,
                "password", settings.password(), "memberships", List.of(membership))).expect(201, 409);
        return username;
    }

    static String institution(int index) {
        return "Institution " + index;
    }

    /** The gateway and the services learn a new tenant from identity (registry refresh, TenantOnboarded). */
    private static void awaitTenant(StackClient gateway, String api, String token) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (gateway.get(api + "/plans", token).status() != 200 || gateway.get(api + "/monitoring/overview", token).status() != 200) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("tenant behind " + api + " not usable after 60 s");
            }
            sleep(250);
        }
    }

    private static String planOf(StackClient gateway, String api, String token) {
        for (JsonNode plan : gateway.get(api + "/plans", token).expect(200).json().path("items")) {
            if (PLAN_TITLE.equals(plan.path("title").asText())) {
                return plan.path("id").asText();
            }
        }
        StackClient.Reply job = gateway.postBytes(api + "/plans/imports?format=jsonl&mode=commit", token,
                planFile(api.substring("/api/t/".length())), "application/x-ndjson").expect(202);
        String location = job.raw().headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonNode state = gateway.get(location, token).expect(200).json();
            if ("succeeded".equals(state.path("state").asText())) {
                String planId = state.path("result").path("resourceId").asText(); // lib-jobs' Job: state, result
                awaitMonitoringView(gateway, api, token, planId);
                return planId;
            }
            if ("failed".equals(state.path("state").asText())) {
                throw new IllegalStateException("importing the load plan failed: " + state);
            }
            sleep(250);
        }
        throw new IllegalStateException("the load plan's import did not finish within 120 s");
    }

    private static void awaitMonitoringView(StackClient gateway, String api, String token, String planId) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            StackClient.Reply view = gateway.get(api + "/monitoring/plans/" + planId + "/activities", token);
            if (view.status() == 200 && view.json().path("activities").size() >= AREAS * PROGRAMMES * ACTIVITIES) {
                return;
            }
            sleep(250);
        }
        throw new IllegalStateException("monitoring did not learn the load plan within 60 s");
    }

    private static String roundOf(StackClient gateway, String api, String token, String planId) {
        JsonNode rounds = gateway.get(api + "/monitoring/plans/" + planId + "/rounds", token).expect(200).json().path("rounds");
        if (rounds.size() > 0) {
            return rounds.get(0).path("roundId").asText();
        }
        return gateway.post(api + "/monitoring/plans/" + planId + "/rounds", token, Map.of("kind", "annual",
                "periodStart", "2025-01-01", "periodEnd", "2025-12-31", "dueDate", "2026-01-31"))
                .expect(201).json().path("roundId").asText();
    }

    /** The plan every load tenant gets: 4 areas × 4 programmes × 6 activities, each led by one institution. */
    static byte[] planFile(String tenant) {
        StringBuilder lines = new StringBuilder();
        int seq = 0;
        for (int a = 1; a <= AREAS; a++) {
            for (int p = 1; p <= PROGRAMMES; p++) {
                for (int i = 1; i <= ACTIVITIES; i++) {
                    seq++;
                    Map<String, Object> line = new LinkedHashMap<>();
                    line.put("seq", seq);
                    line.put("tenant", tenant);
                    line.put("plan", PLAN_TITLE);
                    line.put("path", List.of(Map.of("level", "Area", "code", "" + a, "title", "Area " + a),
                            Map.of("level", "Programme", "code", a + "." + p, "title", "Programme " + a + "." + p)));
                    line.put("code", a + "." + p + "." + i);
                    line.put("title", "Activity " + a + "." + p + "." + i + ": train, inform and coordinate the responsible services");
                    line.put("deadline_raw", "2025");
                    line.put("lead_institutions", List.of(institution(1 + seq % INSTITUTIONS)));
                    line.put("partners", List.of(institution(1 + (seq + 1) % INSTITUTIONS)));
                    line.put("indicator_raw", "Number of trained officers");
                    lines.append(StackClient.write(line)).append('\n');
                }
            }
        }
        return lines.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
