package org.ariadne.partners.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ariadne.testing.Api;
import org.ariadne.testing.TestJwts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Loads infra/local/demo/partners/*.json through the service's public API exactly as load.py does for ./run, so the
 * acceptance tests check the very files the demo shows.
 */
final class DemoData {

    static final Path FOLDER = Path.of("../../infra/local/demo/partners");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Api api;

    DemoData(Api api) {
        this.api = api;
    }

    static JsonNode read(String name) {
        try {
            return JSON.readTree(Files.readString(FOLDER.resolve(name + ".json"), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void loadGlobalRegistry() {
        for (JsonNode institution : read("global-registry").get("institutions")) {
            Api.Response r = api.post("/api/admin/partners/institutions", TestJwts.platformAdmin(), institution.toString());
            assertThat(r.status()).as(r.toString()).isIn(201, 409);
        }
    }

    void loadTenant(String tenant) {
        JsonNode data = read(tenant);
        String token = TestJwts.forTenant(tenant);
        String base = "/api/t/" + tenant + "/partners";
        if (data.has("settings")) {
            ok(api.put(base + "/settings", token, data.get("settings").toString()));
        }
        Map<String, String> ids = new HashMap<>();
        for (JsonNode i : data.path("institutions")) {
            ObjectNode body = ((ObjectNode) i).deepCopy();
            body.remove("ref");
            body.remove("parent");
            if (i.has("parent")) {
                body.put("parentId", ids.get(i.get("parent").asString()));
            }
            Api.Response r = api.post(base + "/institutions", token, body.toString());
            assertThat(r.status()).as(tenant + " " + i.get("name") + ": " + r).isIn(201, 409);
            ids.put(i.get("ref").asString(), r.status() == 201 ? r.json("$.id") : find(base, token, i.get("name").asString(), "tenant"));
        }
        ArrayNode aliases = JSON.createArrayNode();
        for (JsonNode a : data.path("aliases")) {
            ObjectNode alias = aliases.addObject().put("text", a.get("text").asString()).put("kind", a.get("kind").asString());
            alias.put("institutionId", a.has("global") ? find(base, token, a.get("global").asString(), "global")
                    : ids.get(a.get("institution").asString()));
        }
        data.path("generic").forEach(text -> aliases.addObject().put("text", text.asString()).put("kind", "generic"));
        if (!aliases.isEmpty()) {
            ok(api.post(base + "/aliases", token, JSON.createObjectNode().set("aliases", aliases).toString()));
        }
        loadBodies(base, token, data.path("bodies"), ids);
        loadRecommendations(base, token, data);
    }

    private void loadBodies(String base, String token, JsonNode bodies, Map<String, String> ids) {
        List<String> existing = api.get(base + "/bodies", token).json("$.items[*].name");
        for (JsonNode b : bodies) {
            if (existing.contains(b.get("name").asString())) {
                continue;
            }
            ObjectNode body = JSON.createObjectNode();
            for (String field : List.of("name", "kind", "legalAct", "cadence", "declaredMemberCount")) {
                if (b.has(field)) {
                    body.set(field, b.get(field));
                }
            }
            if (b.has("host")) {
                body.put("hostInstitutionId", ids.get(b.get("host").asString()));
            }
            body.set("activities", b.path("activities"));
            Api.Response created = api.post(base + "/bodies", token, body.toString());
            ok(created);
            String path = base + "/bodies/" + created.<String>json("$.id");
            for (JsonNode m : b.path("memberships")) {
                ObjectNode member = ((ObjectNode) m).deepCopy();
                member.remove("institution");
                if (m.has("institution")) {
                    member.put("institutionId", ids.get(m.get("institution").asString()));
                }
                ok(api.post(path + "/memberships", token, member.toString()));
            }
            Map<String, String> meetings = new HashMap<>();
            for (JsonNode m : b.path("meetings")) {
                ObjectNode meeting = ((ObjectNode) m).deepCopy();
                meeting.remove("ref");
                Api.Response r = api.post(path + "/meetings", token, meeting.toString());
                ok(r);
                meetings.put(m.path("ref").asString(null), r.json("$.partId"));
            }
            Map<String, String> decisions = new HashMap<>();
            for (JsonNode d : b.path("decisions")) {
                ObjectNode decision = ((ObjectNode) d).deepCopy();
                decision.remove("ref");
                decision.remove("meeting");
                if (d.has("meeting")) {
                    decision.put("meetingId", meetings.get(d.get("meeting").asString()));
                }
                Api.Response r = api.post(path + "/decisions", token, decision.toString());
                ok(r);
                decisions.put(d.path("ref").asString(null), r.json("$.partId"));
            }
            for (JsonNode t : b.path("tasks")) {
                ObjectNode task = JSON.createObjectNode().put("decisionId", decisions.get(t.get("decision").asString()))
                        .put("text", t.get("text").asString());
                ArrayNode assignees = task.putArray("assigneeInstitutionIds");
                t.get("assignees").forEach(a -> assignees.add(ids.get(a.asString())));
                task.set("activities", t.path("activities"));
                if (t.has("assignedOn")) {
                    task.put("assignedOn", t.get("assignedOn").asString());
                }
                ok(api.post(path + "/tasks", token, task.toString()));
            }
        }
    }

    private void loadRecommendations(String base, String token, JsonNode data) {
        if (!data.has("recommendationSources")) {
            return;
        }
        List<String> titles = api.get(base + "/recommendation-sources", token).json("$.items[*].title");
        Map<String, String> sources = new HashMap<>();
        for (JsonNode s : data.get("recommendationSources")) {
            if (titles.contains(s.get("title").asString())) {
                return; // loaded before
            }
            ObjectNode source = ((ObjectNode) s).deepCopy();
            source.remove("ref");
            Api.Response r = api.post(base + "/recommendation-sources", token, source.toString());
            ok(r);
            sources.put(s.get("ref").asString(), r.json("$.id"));
        }
        for (JsonNode rec : data.path("recommendations")) {
            ObjectNode body = ((ObjectNode) rec).deepCopy();
            body.remove("source");
            body.put("sourceId", sources.get(rec.get("source").asString()));
            ok(api.post(base + "/recommendations", token, body.toString()));
        }
    }

    private String find(String base, String token, String name, String scope) {
        Api.Response r = api.get(base + "/institutions?scope=" + scope + "&q=" + URLEncoder.encode(name,
                StandardCharsets.UTF_8), token);
        List<String> found = r.json("$.items[?(@.name == '" + name.replace("'", "\\'") + "')].id");
        assertThat(found).as(scope + " institution " + name).isNotEmpty();
        return found.get(0);
    }

    private static void ok(Api.Response r) {
        assertThat(r.status()).as(r.toString()).isIn(200, 201);
    }
}
