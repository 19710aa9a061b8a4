package org.ariadne.plans.plan;

import static org.ariadne.plans.plan.PlanFixtures.PLANS;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ariadne.testing.Api;
import org.junit.jupiter.api.Test;

/** The audit trail: who, when, what and why for every change, written with the change. */
class PlanAuditTest extends PlanApiTests {

    @Test
    void everyChangeIsAuditedWithWhoWhenWhatAndWhy() {
        String planId = fixtures.createPlan("Akcioni plan revizija");
        String area = fixtures.addNode(planId, null, "1", "Prevencija");
        String programme = fixtures.addNode(planId, area, "1.1", "Svijest");
        String activity = fixtures.addActivity(planId, programme, "1.1.1", "Kampanja");
        Api.Response changed = api.patch(PLANS + "/" + planId + "/activities/" + activity, token,
                "{\"deadline\":\"IV kvartal 2022\"}", "If-Match", fixtures.etag(planId),
                "X-Change-Reason", "Rok pomjeren odlukom Koordinacionog tima");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);

        Api.Response audit = api.get(PLANS + "/" + planId + "/audit", token);
        assertThat(audit.status()).as(audit.toString()).isEqualTo(200);
        assertThat(audit.<List<String>>json("$.items[*].action")).containsExactly("create", "change", "change", "change", "change");
        assertThat(audit.<List<String>>json("$.items[*].actor")).containsOnly("user@ba-04");
        assertThat(audit.<String>json("$.items[4].reason")).isEqualTo("Rok pomjeren odlukom Koordinacionog tima");
        assertThat(audit.<Object>json("$.items[3].reason")).isNull();
        assertThat(audit.<List<String>>json("$.items[4].changes")).containsExactly("ActivityChanged " + activity);
        assertThat(audit.<List<String>>json("$.items[*].at")).allSatisfy(at -> assertThat(at).isNotBlank());
    }

    @Test
    void anOverlongReasonIsRefusedAndChangesNothing() {
        String planId = fixtures.createPlan("Akcioni plan razlog");
        String etag = fixtures.etag(planId);
        Api.Response refused = api.post(PLANS + "/" + planId + "/nodes", token, "{\"title\":\"Novo\"}",
                "X-Change-Reason", "x".repeat(501));
        assertThat(refused.isProblem("validation-failed")).as(refused.toString()).isTrue();
        assertThat(fixtures.etag(planId)).isEqualTo(etag);
        assertThat(api.get(PLANS + "/" + planId + "/audit", token).<List<Object>>json("$.items")).hasSize(1);
        assertThat(api.get(PLANS + "/nope/audit", token).isProblem("not-found")).isTrue();
    }

    @Test
    void aReasonWithBosnianLettersIsSentPercentEncodedAndKeptAsWritten() throws Exception {
        String planId = fixtures.createPlan("Akcioni plan slova");
        String reason = "Izmjena po zaključku Vlade – đaci, šume, žrtve (100% +)";
        Api.Response added = api.post(PLANS + "/" + planId + "/nodes", token, "{\"code\":\"1\",\"title\":\"Novo\"}",
                "X-Change-Reason", java.net.URLEncoder.encode(reason, StandardCharsets.UTF_8).replace("+", "%20"));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);

        assertThat(api.get(PLANS + "/" + planId + "/audit", token).<String>json("$.items[1].reason")).isEqualTo(reason);
    }

    @Test
    void rawUtf8BytesInAHeaderAreABadRequestProblemNotAServerError() throws Exception {
        String planId = fixtures.createPlan("Akcioni plan bajtovi");
        // What curl would send with the letters typed into the header: the UTF-8 bytes, control bytes among them.
        byte[] body = "{\"code\":\"1\",\"title\":\"Novo\"}".getBytes(StandardCharsets.UTF_8);
        String head = "POST " + PLANS + "/" + planId + "/nodes HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Authorization: Bearer " + token + "\r\nX-Tenant-Id: ba-04\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + body.length + "\r\nConnection: close\r\nX-Change-Reason: ";
        String response;
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write("Izmjena – žrtve".getBytes(StandardCharsets.UTF_8));
            out.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(response).startsWith("HTTP/1.1 400").contains("urn:ariadne:problem:malformed-request")
                .contains("percent-encoded");
        assertThat(api.get(PLANS + "/" + planId + "/audit", token).<List<Object>>json("$.items")).hasSize(1);
    }
}
