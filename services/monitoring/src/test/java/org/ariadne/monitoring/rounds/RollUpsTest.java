package org.ariadne.monitoring.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The roll-up, without Spring: counts per level and overall, the tenant's counting and rounding rules, the checks. */
class RollUpsTest {

    private static final List<RoundNode> NODES = List.of(
            new RoundNode("n1", null, 1, "1", "Sistem podrške"),
            new RoundNode("n11", "n1", 2, "1.1", "Akcioni planovi"),
            new RoundNode("n2", null, 1, "2", "Prevencija"));
    private static final List<RoundActivity> ACTIVITIES = List.of(
            activity("a1", "n11", "1.1.1", "2021"), activity("a2", "n11", "1.1.2", "2022"),
            activity("a3", "n11", "1.1.3", "2023"), activity("a4", "n2", "2.0.1", "2024"),
            activity("a5", "n2", "2.0.2", "2019"), activity("a6", "n2", "2.0.3", "kontinuirano"));

    @Test
    void countsEveryActivityOnEveryLevelOfItsAncestryAndOverall() {
        RollUp rollUp = RollUps.compute(round(Map.of("a1", implemented("a1"), "a2", implemented("a2"),
                "a3", status("a3", ActivityStatus.ONGOING), "a4", status("a4", ActivityStatus.NOT_STARTED),
                "a5", implemented("a5")), List.of()), ReportingSettings.defaults());

        assertThat(rollUp.rows()).extracting(RollUp.Row::code).containsExactly("1", "2", "1.1");
        RollUp.Row area1 = rollUp.rows().get(0);
        assertThat(List.of(area1.planned(), area1.implemented(), area1.notStarted(), area1.other())).containsExactly(3, 2, 0, 1);
        RollUp.Row area2 = rollUp.rows().get(1);
        assertThat(List.of(area2.planned(), area2.implemented(), area2.notStarted(), area2.other())).containsExactly(3, 1, 1, 1);
        assertThat(rollUp.overall().planned()).isEqualTo(6);
        assertThat(rollUp.overall().implemented()).isEqualTo(3);
        assertThat(rollUp.overall().percentageText()).isEqualTo("50");
        assertThat(area1.percentageText()).isEqualTo("66.7");
    }

    @Test
    void theTenantsRulesDecideWhatCountsAndHowItIsPrinted() {
        ReportingSettings zdk = new ReportingSettings(Map.of(ActivityStatus.ONGOING, ReportingSettings.IMPLEMENTED,
                ActivityStatus.NO_DATA, ReportingSettings.IMPLEMENTED), ReportingSettings.TRUNCATE, 1, ",", "bs", "ZDK");

        RollUp rollUp = RollUps.compute(round(Map.of("a1", implemented("a1"), "a3", status("a3", ActivityStatus.ONGOING),
                "a4", status("a4", ActivityStatus.NOT_STARTED)), List.of()), zdk);

        RollUp.Row area1 = rollUp.rows().get(0);
        assertThat(area1.implemented()).as("implemented, ongoing and no data count as implemented").isEqualTo(3);
        RollUp.Row area2 = rollUp.rows().get(1);
        assertThat(area2.percentageText()).as("2 of 3, truncated, decimal comma").isEqualTo("66,6");
        assertThat(rollUp.sentences().get(0)).startsWith("u okviru „Sistem podrške“ implementirano je svih 3");
    }

    @Test
    void printedFiguresThatDoNotAddUpAreErrorsAndWeakSupportIsAWarning() {
        RoundData data = round(Map.of("a1", implemented("a1")), List.of(new PrintedFigures("1", "Sistema podrške", 3, 2, 0, "66,7")));

        RollUp rollUp = RollUps.compute(data, ReportingSettings.defaults());

        assertThat(rollUp.errors()).extracting(RollUp.Issue::field).contains("implemented", "percentage");
        assertThat(rollUp.issues()).anySatisfy(i -> {
            assertThat(i.kind()).isEqualTo("implemented_without_evidence");
            assertThat(i.activityId()).isEqualTo("a1");
        });
    }

    @Test
    void evidenceOfTheOwnJurisdictionSupportsAnImplementedActivity() {
        ReportingSettings zdk = new ReportingSettings(null, ReportingSettings.HALF_UP, 1, ".", "en", "ZDK");
        Evidence own = new Evidence("e1", "training", "Obuka", null, "2022-03-01", 10, 5, "ZDK", List.of("a1"), null);
        Evidence elsewhere = new Evidence("e2", "training", "Obuka", null, "2022-03-01", 10, 5, "FBiH", List.of("a2"), null);

        RollUp rollUp = RollUps.compute(round(Map.of("a1", implemented("a1"), "a2", implemented("a2")), List.of(), List.of(own,
                elsewhere)), zdk);

        assertThat(rollUp.issues()).filteredOn(i -> "implemented_without_evidence".equals(i.kind()))
                .extracting(RollUp.Issue::activityId).containsExactly("a2");
    }

    @Test
    void percentagesRoundAsTheTenantPrintsThem() {
        ReportingSettings halfUp = new ReportingSettings(null, ReportingSettings.HALF_UP, 1, ".", "en", null);
        ReportingSettings truncate = new ReportingSettings(null, ReportingSettings.TRUNCATE, 1, ",", "bs", null);

        assertThat(RollUps.percentage(2, 3, halfUp)).isEqualByComparingTo(new BigDecimal("66.7"));
        assertThat(RollUps.format(RollUps.percentage(2, 3, truncate), truncate)).isEqualTo("66,6");
        assertThat(RollUps.format(RollUps.percentage(3, 3, truncate), truncate)).isEqualTo("100");
        assertThat(RollUps.percentage(0, 0, halfUp)).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void anActivityIsLateWhenItsDeadlinePassedBeforeThePeriodEndedAndItIsNotImplemented() {
        assertThat(RollUps.isLate(activity("a", "n", "1", "2021"), ActivityStatus.ONGOING, "2024-12-31")).isTrue();
        assertThat(RollUps.isLate(activity("a", "n", "1", "2021"), ActivityStatus.IMPLEMENTED, "2024-12-31")).isFalse();
        assertThat(RollUps.isLate(activity("a", "n", "1", "kontinuirano"), ActivityStatus.ONGOING, "2024-12-31")).isFalse();
    }

    @Test
    void aParentLoopEndsTheWalkInsteadOfLooping() {
        Map<String, RoundNode> loop = Map.of("x", new RoundNode("x", "y", 1, "1", "X"), "y", new RoundNode("y", "x", 2, "2", "Y"));

        assertThat(RollUps.ancestors("x", loop)).containsExactly("x", "y");
    }

    private static RoundData round(Map<String, ActivityReport> reports, List<PrintedFigures> printed) {
        return round(reports, printed, List.of());
    }

    private static RoundData round(Map<String, ActivityReport> reports, List<PrintedFigures> printed, List<Evidence> evidence) {
        return new RoundData("r1", "p1", "Akcioni plan ZDK 2021-2024", List.of("Oblast", "Program"), "final", "2021-01-01",
                "2024-12-31", null, null, "2021-03-01", "open", NODES, ACTIVITIES, reports, evidence, printed);
    }

    private static RoundActivity activity(String id, String nodeId, String code, String deadline) {
        return new RoundActivity(id, nodeId, code, "Aktivnost " + code, deadline, List.of("MUP ZDK"), List.of(), null, null, null);
    }

    private static ActivityReport implemented(String activityId) {
        return status(activityId, ActivityStatus.IMPLEMENTED);
    }

    private static ActivityReport status(String activityId, String status) {
        return new ActivityReport(activityId, status, null, "Izvještaj", "bs", List.of());
    }
}
