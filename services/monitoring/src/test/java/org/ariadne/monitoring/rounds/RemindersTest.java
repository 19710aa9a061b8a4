package org.ariadne.monitoring.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ariadne.monitoring.planview.MonitoringApi;
import org.ariadne.monitoring.planview.PlanEvents;
import org.ariadne.monitoring.reminders.Reminders;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.tenancy.TenantId;
import org.ariadne.testing.Api;
import org.ariadne.testing.TestJwts;
import org.ariadne.testing.ServiceApiTest;
import org.ariadne.testing.TestTenants;
import org.ariadne.testing.TestSmtp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reminder e-mails — an activity's deadline near, the round's due date near, overdue with an escalation to the
 * coordinator — reach a real SMTP server ({@link TestSmtp}, on a free port), each exactly once.
 */
class RemindersTest extends ServiceApiTest {

    @Autowired
    Reminders reminders;

    @Test
    void dueSoonOverdueAndEscalationAreMailedOnce() throws Exception {
        TestSmtp.purge();
        TestTenants.provision(context, "hr");
        RoundsApi hr = new RoundsApi(port, "hr");
        PlanEvents plan = new PlanEvents("hr").created("Nacionalni plan", "Područje")
                .nodeAdded("n-1", null, 1, "1", "Prevencija")
                .activityAdded("a-1", "n-1", "1.1", "Edukacija", "2025", List.of("Policija"))
                .activityAdded("a-2", "n-1", "1.2", "Kampanja", "2025", List.of("Ministarstvo"))
                .activityAddedWithExtras("a-3", "n-1", "1.3", "Priručnik", List.of("Ministarstvo"),
                        java.util.Map.of("deadlineKind", "date", "deadlineEnd", "2026-01-15"));
        new MonitoringApi(port).awaitPlan("hr", plan.planId(), 3);
        Api.Response settings = hr.put("/settings/reminders", """
                {"institutionEmails":{"Policija":"policija@example.org","Ministarstvo":"ministarstvo@example.org"},
                 "coordinatorEmail":"koordinator@example.org","fromAddress":"ariadne@example.org","daysBefore":7}""");
        assertThat(settings.status()).as(settings.toString()).isEqualTo(200);
        String roundId = hr.openRound(plan.planId()); // due 2026-01-31
        String policija = RoundsApi.json(hr.get("/rounds/" + roundId + "/contributions")).get("contributions").get(1)
                .get("contributionId").asString();
        hr.put("/contributions/" + policija + "/reports", """
                {"reports":[{"activityId":"%s","status":"implemented","narrative":"Gotovo"}]}""".formatted(plan.id("a-1")));
        hr.post("/contributions/" + policija + "/submit", "");

        assertThat(sendAs("hr", LocalDate.of(2026, 1, 5))).isZero();
        assertThat(sendAs("hr", LocalDate.of(2026, 1, 10))).isEqualTo(1);
        assertThat(sendAs("hr", LocalDate.of(2026, 1, 20))).isZero();
        assertThat(sendAs("hr", LocalDate.of(2026, 1, 26))).isEqualTo(1);
        assertThat(sendAs("hr", LocalDate.of(2026, 1, 27))).isZero();
        assertThat(sendAs("hr", LocalDate.of(2026, 2, 2))).isEqualTo(2);

        List<String> mails = new ArrayList<>();
        for (MimeMessage m : TestSmtp.await(4, Duration.ofSeconds(10))) {
            mails.add(m.getAllRecipients()[0] + " | " + m.getSubject());
        }
        assertThat(mails).containsExactlyInAnyOrder(
                "ministarstvo@example.org | Deadline 2026-01-15: activity 1.3 of Nacionalni plan",
                "ministarstvo@example.org | Due 2026-01-31: contribution of Ministarstvo to the report on Nacionalni plan",
                "ministarstvo@example.org | Overdue: contribution of Ministarstvo to the report on Nacionalni plan",
                "koordinator@example.org | Escalation: Overdue: contribution of Ministarstvo to the report on Nacionalni plan");
        assertThat(hr.get("/notifications").<List<String>>json("$.notifications[*].kind"))
                .containsExactlyInAnyOrder("deadline_soon", "due_soon", "overdue", "escalation");

        assertThat(hr.get("/notifications").<List<String>>json("$.notifications[*].email"))
                .contains("koordinator@example.org");
        String viewer = TestJwts.forTenant(hr.tenant, "viewer");
        Api.Response asViewer = hr.api.get(hr.base() + "/notifications", viewer);
        assertThat(asViewer.<List<String>>json("$.notifications[*].kind")).hasSize(4);
        assertThat(asViewer.body()).doesNotContain("@example.org");
        assertThat(hr.api.get(hr.base() + "/settings/reminders", viewer).isProblem("forbidden")).isTrue();

        Api.Response badEmail = hr.put("/settings/reminders", "{\"institutionEmails\":{\"X\":\"not an address\"},\"daysBefore\":7}");
        assertThat(badEmail.status()).isEqualTo(422);
        assertThat(badEmail.isProblem("validation-failed")).isTrue();
    }

    private int sendAs(String tenant, LocalDate today) {
        return TenantContext.callAs(TenantId.of(tenant), () -> reminders.sendDue(today));
    }
}
