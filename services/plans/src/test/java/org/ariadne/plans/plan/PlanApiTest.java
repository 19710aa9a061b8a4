package org.ariadne.plans.plan;

import static org.ariadne.plans.plan.PlanFixtures.PLANS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.ariadne.testing.Api;
import org.junit.jupiter.api.Test;

class PlanApiTest extends PlanApiTests {

    @Test
    void buildsReadsAndEditsAPlanTree() {
        Api.Response created = api.post(PLANS, token,
                "{\"title\":\"Akcioni plan ZDK 2021–2024\",\"levelNames\":[\"Oblast\",\"Strateški program\"]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String planId = created.json("$.id");
        assertThat(created.header("Location")).isEqualTo(PLANS + "/" + planId);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        assertThat(created.<Integer>json("$.version")).isEqualTo(1);
        assertThat(created.<List<String>>json("$.levelNames")).containsExactly("Oblast", "Strateški program");

        Api.Response area = api.post(PLANS + "/" + planId + "/nodes", token, "{\"code\":\"1.\",\"title\":\"Prevencija\"}");
        assertThat(area.status()).as(area.toString()).isEqualTo(201);
        assertThat(area.<Integer>json("$.level")).isEqualTo(1);
        assertThat(area.<String>json("$.levelName")).isEqualTo("Oblast");
        assertThat(area.header("ETag")).isEqualTo("\"2\"");
        String areaId = area.json("$.id");
        assertThat(area.header("Location")).isEqualTo(PLANS + "/" + planId + "/nodes/" + areaId);

        Api.Response programme = api.post(PLANS + "/" + planId + "/nodes", token,
                "{\"parentId\":\"" + areaId + "\",\"code\":\"1.1.\",\"title\":\"Podizanje svijesti\"}");
        assertThat(programme.status()).as(programme.toString()).isEqualTo(201);
        assertThat(programme.<Integer>json("$.level")).isEqualTo(2);
        assertThat(programme.<String>json("$.parentId")).isEqualTo(areaId);
        String programmeId = programme.json("$.id");
        String area2 = fixtures.addNode(planId, null, "2.", "Zaštita");
        String programme2 = fixtures.addNode(planId, area2, "2.1.", "Identifikacija žrtava");

        Api.Response activity = api.post(PLANS + "/" + planId + "/activities", token,
                "{\"nodeId\":\"" + programmeId + "\",\"code\":\"1.1.1.\",\"title\":\"Edukacija nastavnika\","
                        + "\"deadline\":\"2021/2022.\",\"leadInstitutions\":[\"Ministarstvo obrazovanja ZDK\",\"Tim za borbu\"]}");
        assertThat(activity.status()).as(activity.toString()).isEqualTo(201);
        String activityId = activity.json("$.id");
        assertThat(activity.header("Location")).isEqualTo(PLANS + "/" + planId + "/activities/" + activityId);
        assertThat(activity.<String>json("$.deadline")).isEqualTo("2021/2022.");
        assertThat(activity.header("ETag")).isEqualTo("\"6\"");
        fixtures.addActivity(planId, programmeId, "1.1.1.", "Same code as printed: duplicates are kept");

        Api.Response tree = api.get(PLANS + "/" + planId, token);
        assertThat(tree.status()).as(tree.toString()).isEqualTo(200);
        assertThat(tree.header("ETag")).isEqualTo("\"7\"");
        assertThat(tree.<Integer>json("$.version")).isEqualTo(7);
        assertThat(tree.<Integer>json("$.nodeCount")).isEqualTo(4);
        assertThat(tree.<Integer>json("$.activityCount")).isEqualTo(2);
        assertThat(tree.<Integer>json("$.nodes.length()")).isEqualTo(2);
        assertThat(tree.<String>json("$.nodes[0].id")).isEqualTo(areaId);
        assertThat(tree.<Integer>json("$.nodes[0].children.length()")).isEqualTo(1);
        assertThat(tree.<String>json("$.nodes[0].children[0].levelName")).isEqualTo("Strateški program");
        assertThat(tree.<Integer>json("$.nodes[0].children[0].activities.length()")).isEqualTo(2);
        assertThat(tree.<String>json("$.nodes[0].children[0].activities[0].id")).isEqualTo(activityId);
        assertThat(tree.<List<String>>json("$.nodes[0].children[0].activities[0].leadInstitutions"))
                .containsExactly("Ministarstvo obrazovanja ZDK", "Tim za borbu");
        assertThat(tree.<Integer>json("$.nodes[1].children[0].activities.length()")).isZero();

        Api.Response list = api.get(PLANS, token);
        assertThat(list.<List<String>>json("$.items[?(@.id == '" + planId + "')].title")).containsExactly("Akcioni plan ZDK 2021–2024");
        assertThat(list.<List<Integer>>json("$.items[?(@.id == '" + planId + "')].activities")).containsExactly(2);

        // move the activity to the other programme
        String activityPath = PLANS + "/" + planId + "/activities/" + activityId;
        Api.Response moved = api.patch(activityPath, token, "{\"nodeId\":\"" + programme2 + "\"}", "If-Match", "\"7\"");
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.<String>json("$.nodeId")).isEqualTo(programme2);
        assertThat(moved.<String>json("$.title")).isEqualTo("Edukacija nastavnika");
        assertThat(moved.header("ETag")).isEqualTo("\"8\"");
        Api.Response afterMove = api.get(PLANS + "/" + planId, token);
        assertThat(afterMove.<String>json("$.nodes[1].children[0].activities[0].id")).isEqualTo(activityId);
        assertThat(afterMove.<Integer>json("$.nodes[0].children[0].activities.length()")).isEqualTo(1);

        // change it: new title and deadline, deadline cleared by null is also allowed
        Api.Response changed = api.patch(activityPath, token,
                "{\"title\":\"Edukacija nastavnika i pedagoga\",\"deadline\":\"Kontinuirano\",\"leadInstitutions\":[\"MUP ZDK\"]}",
                "If-Match", moved.header("ETag"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        Api.Response read = api.get(activityPath, token);
        assertThat(read.<String>json("$.title")).isEqualTo("Edukacija nastavnika i pedagoga");
        assertThat(read.<String>json("$.deadline")).isEqualTo("Kontinuirano");
        assertThat(read.<List<String>>json("$.leadInstitutions")).containsExactly("MUP ZDK");
        assertThat(read.<String>json("$.code")).isEqualTo("1.1.1.");
        assertThat(read.header("ETag")).isEqualTo("\"9\"");

        // an unknown node is refused with a pointer
        Api.Response nowhere = api.patch(activityPath, token, "{\"nodeId\":\"no-such-node\"}", "If-Match", "\"9\"");
        assertThat(nowhere.status()).as(nowhere.toString()).isEqualTo(422);
        assertThat(nowhere.isProblem("validation-failed")).isTrue();
        assertThat(nowhere.<String>json("$.errors[0].pointer")).isEqualTo("/nodeId");

        // remove it
        Api.Response removed = api.delete(activityPath, token, "If-Match", "\"9\"");
        assertThat(removed.status()).as(removed.toString()).isEqualTo(204);
        assertThat(removed.header("ETag")).isEqualTo("\"10\"");
        Api.Response gone = api.get(activityPath, token);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.isProblem("not-found")).as(gone.toString()).isTrue();
        assertThat(api.get(PLANS + "/" + planId, token).<Integer>json("$.activityCount")).isEqualTo(1);
    }

    @Test
    void theTreeIsNeverDeeperThanTheLevelNames() {
        String planId = fixtures.createPlan("Depth");
        String area = fixtures.addNode(planId, null, "1.", "Oblast 1");
        String programme = fixtures.addNode(planId, area, "1.1.", "Program 1.1");
        String otherArea = fixtures.addNode(planId, null, "2.", "Oblast 2");

        Api.Response tooDeep = api.post(PLANS + "/" + planId + "/nodes", token,
                "{\"parentId\":\"" + programme + "\",\"title\":\"Level three\"}");
        assertThat(tooDeep.status()).as(tooDeep.toString()).isEqualTo(422);
        assertThat(tooDeep.isProblem("validation-failed")).isTrue();
        assertThat(tooDeep.<String>json("$.errors[0].pointer")).isEqualTo("/parentId");

        String etag = fixtures.etag(planId);
        Api.Response subtreeTooDeep = api.patch(PLANS + "/" + planId + "/nodes/" + area, token,
                "{\"parentId\":\"" + otherArea + "\"}", "If-Match", etag);
        assertThat(subtreeTooDeep.status()).as(subtreeTooDeep.toString()).isEqualTo(422);
        assertThat(subtreeTooDeep.<String>json("$.errors[0].pointer")).isEqualTo("/parentId");

        Api.Response cycle = api.patch(PLANS + "/" + planId + "/nodes/" + area, token,
                "{\"parentId\":\"" + programme + "\"}", "If-Match", etag);
        assertThat(cycle.status()).as(cycle.toString()).isEqualTo(422);
        assertThat(fixtures.etag(planId)).as("refused changes write nothing").isEqualTo(etag);

        // a programme moves to another area; then to the top level, where it becomes an area
        Api.Response moved = api.patch(PLANS + "/" + planId + "/nodes/" + programme, token,
                "{\"parentId\":\"" + otherArea + "\",\"title\":\"Program 2.1\",\"code\":\"2.1.\"}", "If-Match", etag);
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.<Integer>json("$.level")).isEqualTo(2);
        assertThat(moved.<String>json("$.code")).isEqualTo("2.1.");
        Api.Response top = api.patch(PLANS + "/" + planId + "/nodes/" + programme, token,
                "{\"parentId\":null}", "If-Match", moved.header("ETag"));
        assertThat(top.status()).as(top.toString()).isEqualTo(200);
        assertThat(top.<Integer>json("$.level")).isEqualTo(1);
        assertThat(top.<String>json("$.levelName")).isEqualTo("Oblast");
        assertThat(top.<String>json("$.parentId")).isNull();
        assertThat(top.<String>json("$.title")).isEqualTo("Program 2.1");
    }

    @Test
    void aNodeWithChildrenOrActivitiesCannotBeRemoved() {
        String planId = fixtures.createPlan("Removal");
        String area = fixtures.addNode(planId, null, "1.", "Oblast");
        String programme = fixtures.addNode(planId, area, "1.1.", "Program");
        String activity = fixtures.addActivity(planId, programme, "1.1.1.", "Aktivnost");
        String etag = fixtures.etag(planId);

        Api.Response withChildren = api.delete(PLANS + "/" + planId + "/nodes/" + area, token, "If-Match", etag);
        assertThat(withChildren.status()).as(withChildren.toString()).isEqualTo(409);
        assertThat(withChildren.isProblem("conflict")).isTrue();
        Api.Response withActivities = api.delete(PLANS + "/" + planId + "/nodes/" + programme, token, "If-Match", etag);
        assertThat(withActivities.status()).as(withActivities.toString()).isEqualTo(409);
        assertThat(fixtures.etag(planId)).isEqualTo(etag);

        Api.Response activityRemoved = api.delete(PLANS + "/" + planId + "/activities/" + activity, token, "If-Match", etag);
        assertThat(activityRemoved.status()).isEqualTo(204);
        Api.Response programmeRemoved = api.delete(PLANS + "/" + planId + "/nodes/" + programme, token,
                "If-Match", activityRemoved.header("ETag"));
        assertThat(programmeRemoved.status()).as(programmeRemoved.toString()).isEqualTo(204);
        Api.Response areaRemoved = api.delete(PLANS + "/" + planId + "/nodes/" + area, token,
                "If-Match", programmeRemoved.header("ETag"));
        assertThat(areaRemoved.status()).as(areaRemoved.toString()).isEqualTo(204);
        assertThat(api.get(PLANS + "/" + planId + "/nodes/" + area, token).status()).isEqualTo(404);
        assertThat(api.get(PLANS + "/" + planId, token).<Integer>json("$.nodeCount")).isZero();
    }

    @Test
    void unknownPlansNodesAndActivitiesAreNotFound() {
        String planId = fixtures.createPlan("Lookups");
        String area = fixtures.addNode(planId, null, "1.", "Oblast");

        assertThat(api.get(PLANS + "/no-such-plan", token).isProblem("not-found")).isTrue();
        assertThat(api.post(PLANS + "/no-such-plan/nodes", token, "{\"title\":\"x\"}").status()).isEqualTo(404);
        assertThat(api.patch(PLANS + "/" + planId + "/nodes/nope", token, "{\"title\":\"x\"}", "If-Match", "\"2\"")
                .isProblem("not-found")).isTrue();
        assertThat(api.get(PLANS + "/" + planId + "/activities/nope", token).status()).isEqualTo(404);

        Api.Response unknownNode = api.post(PLANS + "/" + planId + "/activities", token,
                "{\"nodeId\":\"nope\",\"title\":\"Aktivnost\"}");
        assertThat(unknownNode.status()).as(unknownNode.toString()).isEqualTo(422);
        assertThat(unknownNode.<String>json("$.errors[0].pointer")).isEqualTo("/nodeId");

        // If-Match on a POST is optional, but when given it must match
        Api.Response stale = api.post(PLANS + "/" + planId + "/activities", token,
                "{\"nodeId\":\"" + area + "\",\"title\":\"Aktivnost\"}", "If-Match", "\"1\"");
        assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
        Api.Response current = api.post(PLANS + "/" + planId + "/activities", token,
                "{\"nodeId\":\"" + area + "\",\"title\":\"Aktivnost\"}", "If-Match", "\"2\"");
        assertThat(current.status()).as(current.toString()).isEqualTo(201);
        assertThat(current.<String>json("$.code")).isNull();
        assertThat(current.<List<String>>json("$.leadInstitutions")).isEmpty();
    }

    @Test
    void concurrentAdditionsAreRetriedAndNoneIsLost() {
        String planId = fixtures.createPlan("Concurrent");
        String area = fixtures.addNode(planId, null, "1.", "Oblast");

        List<CompletableFuture<Api.Response>> posts = IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> api.post(PLANS + "/" + planId + "/activities", token,
                        "{\"nodeId\":\"" + area + "\",\"code\":\"1." + i + "\",\"title\":\"Parallel " + i + "\"}")))
                .toList();

        posts.forEach(post -> assertThat(post.join().status()).as(post.join().toString()).isEqualTo(201));
        Api.Response tree = api.get(PLANS + "/" + planId, token);
        assertThat(tree.<Integer>json("$.activityCount")).isEqualTo(4);
        assertThat(tree.header("ETag")).isEqualTo("\"6\"");
    }

    @Test
    void theOpenApiDocumentDescribesThePlansApi() {
        Api.Response docs = api.get("/v3/api-docs", null);

        assertThat(docs.status()).as(docs.toString()).isEqualTo(200);
        assertThat(docs.<String>json("$.info.title")).isEqualTo("Ariadne plans API");
        assertThat(docs.<Object>json("$.paths['/api/t/{tenant}/plans/{planId}/activities/{activityId}'].patch")).isNotNull();
    }
}
