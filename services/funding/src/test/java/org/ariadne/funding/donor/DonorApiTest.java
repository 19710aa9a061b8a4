package org.ariadne.funding.donor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.ariadne.contracts.EventTypes;
import org.ariadne.contracts.monitoring.v1.ContributionAccepted;
import org.ariadne.contracts.monitoring.v1.RoundFrozen;
import org.ariadne.contracts.monitoring.v1.RoundOpened;
import org.ariadne.contracts.partners.v1.ActivityInstitutionsResolved;
import org.ariadne.contracts.partners.v1.ActivityInstitutionsResolved.ResolvedName;
import org.ariadne.contracts.partners.v1.ActivityInstitutionsResolved.ResolvedPart;
import org.ariadne.contracts.partners.v1.AliasAdded;
import org.ariadne.funding.Events;
import org.ariadne.funding.FundingApi;
import org.ariadne.funding.SeedTenants;
import org.ariadne.funding.institutions.SpellingKeys;
import org.ariadne.testing.Api;
import org.ariadne.testing.ServiceApiTest;
import org.ariadne.testing.TestJwts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, acceptance 1, through the funding service's HTTP API with real Kafka records: the IOM user sees, across
 * {@code ba} and {@code ba-04}, exactly the activities a line funded by IOM is linked to (lines entered with IOM's
 * registry id, with the acronym "IOM" partners resolved in ba's plan, or with the Bosnian name partners aliased),
 * their plan context and latest monitoring status; nothing else, in lists, details or the export.
 */
class DonorApiTest extends ServiceApiTest {

    static final String IOM = "global-iom";
    static final String COUNCIL_OF_EUROPE = "global-coe";
    private static final String BASE = "/api/donor/funding";
    private static boolean loaded;

    FundingApi funding;

    @Override
    protected String[] tenants() {
        return new String[] {"ba", "ba-04", "si", "me", "xk"};
    }

    @BeforeEach
    void load() {
        funding = new FundingApi(port);
        if (loaded) {
            return;
        }
        SeedTenants.freshDemo(context, funding);
        // partners: ba's plan prints "IOM" as a funder of 1.2.1, resolved to the global IOM; ba aliases IOM's Bosnian name
        Events.send(EventTypes.PARTNERS_TOPIC, EventTypes.ACTIVITY_INSTITUTIONS_RESOLVED, "ba", "activity-1.2.1", 1,
                new ActivityInstitutionsResolved("ba", "plan-ba", "activity-1.2.1", "1.2.1", List.of(new ResolvedName(
                        "funder", "IOM", List.of(new ResolvedPart("IOM", "resolved", IOM, "IOM", true))))));
        Events.send(EventTypes.PARTNERS_TOPIC, EventTypes.ALIAS_ADDED, "ba", "alias-iom-bs", 1, new AliasAdded("ba",
                SpellingKeys.nameKey("Međunarodna organizacija za migracije"), "Međunarodna organizacija za migracije",
                "translation", IOM, true));
        // monitoring: ba-04's round with an accepted contribution on 1.2.1, then frozen
        Events.send(EventTypes.MONITORING_TOPIC, EventTypes.ROUND_OPENED, "ba-04", "round-2024", 1, new RoundOpened("ba-04",
                "plan-ba-04", "round-2024", "annual", "2024-01-01", "2024-12-31", "2025-01-31", null, 3, List.of("MUP ZDK")));
        Events.send(EventTypes.MONITORING_TOPIC, EventTypes.CONTRIBUTION_ACCEPTED, "ba-04", "contribution-mup", 3,
                new ContributionAccepted("ba-04", "plan-ba-04", "round-2024", "contribution-mup", "MUP ZDK",
                        List.of(new ContributionAccepted.ReportedStatus("activity-1.2.1", "partially_implemented"))));
        Events.send(EventTypes.MONITORING_TOPIC, EventTypes.ROUND_FROZEN, "ba-04", "round-2024", 2,
                new RoundFrozen("ba-04", "plan-ba-04", "round-2024", 3, 1, 1));

        createLine("ba", "IOM: metodologija monitoringa", "{\"name\": \"IOM\"}",
                "[{\"code\": \"1.2.1\"}, {\"tenant\": \"ba-04\", \"code\": \"1.2.1\"}]");
        createLine("ba", "Usklađivanje s tematskim dokumentima", "{\"name\": \"Međunarodna organizacija za migracije\"}",
                "[{\"code\": \"2.2.1\"}]");
        createLine("ba", "Koordinacijski tim", "{\"name\": \"Vijeće Evrope\", \"institutionId\": \"" + COUNCIL_OF_EUROPE + "\"}",
                "[{\"code\": \"1.3.3\"}]");
        createLine("ba-04", "IT mehanizam za monitoring", "{\"name\": \"International Organization for Migration\", "
                + "\"institutionId\": \"" + IOM + "\"}", "[{\"code\": \"1.2.2\"}]");
        Events.awaitTrue(() -> activityKeys(api.get(BASE + "/activities", TestJwts.donor(IOM))).size() == 4
                && !api.get(BASE + "/activities/ba-04/plan-ba-04/activity-1.2.1", TestJwts.donor(IOM)).body()
                        .contains("\"monitoring\":null"));
        loaded = true;
    }

    @Test
    void theIomUserSeesExactlyTheActivitiesIomFundedLinesServeAcrossBaAndBa04() {
        Api.Response activities = api.get(BASE + "/activities", TestJwts.donor(IOM));

        assertThat(activities.status()).as(activities.toString()).isEqualTo(200);
        assertThat(activityKeys(activities)).containsExactlyInAnyOrder("ba/plan-ba/activity-1.2.1",
                "ba/plan-ba/activity-2.2.1", "ba-04/plan-ba-04/activity-1.2.1", "ba-04/plan-ba-04/activity-1.2.2");
        assertThat(activities.body()).doesNotContain("activity-1.3.3").doesNotContain("Koordinacijski tim");
        Api.Response lines = api.get(BASE + "/lines", TestJwts.donor(IOM));
        assertThat(lines.<List<String>>json("$.items[*].title")).containsExactlyInAnyOrder("IOM: metodologija monitoringa",
                "Usklađivanje s tematskim dokumentima", "IT mehanizam za monitoring");
        assertThat(lines.<List<String>>json("$.items[?(@.title == 'IOM: metodologija monitoringa')].allocations[*].amount"))
                .containsExactly("40000.00");
    }

    @Test
    void anActivityShowsItsPlanContextAndLatestMonitoringResult() {
        Api.Response shown = api.get(BASE + "/activities/ba-04/plan-ba-04/activity-1.2.1", TestJwts.donor(IOM));

        assertThat(shown.status()).as(shown.toString()).isEqualTo(200);
        assertThat(shown.<String>json("$.tenant")).isEqualTo("ba-04");
        assertThat(shown.<String>json("$.code")).isEqualTo("1.2.1");
        assertThat(shown.<String>json("$.title")).startsWith("Primijeniti metodologiju");
        assertThat(shown.<List<String>>json("$.path[*].code")).isNotEmpty();
        assertThat(shown.<String>json("$.monitoring.latestStatus")).isEqualTo("partially_implemented");
        assertThat(shown.<Integer>json("$.monitoring.round.implementedCount")).isEqualTo(1);
        assertThat(shown.<String>json("$.monitoring.round.periodEnd")).isEqualTo("2024-12-31");
    }

    @Test
    void anUnfundedActivitysIdIsTheSame404AsAnUnknownOne() {
        Api.Response unfunded = api.get(BASE + "/activities/ba/plan-ba/activity-1.3.3", TestJwts.donor(IOM));
        Api.Response unknown = api.get(BASE + "/activities/ba/plan-ba/no-such-activity", TestJwts.donor(IOM));

        assertThat(unfunded.status()).as(unfunded.toString()).isEqualTo(404);
        assertThat(unfunded.isProblem("not-found")).isTrue();
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unfunded.body()).doesNotContain("Koordinacijski").doesNotContain("Vijeće");
    }

    @Test
    void theTenantApiRefusesTheDonorTokenAndTheDonorApiRefusesTenantTokens() {
        Api.Response export = api.post("/api/t/ba/funding/exports/table?currency=BAM", TestJwts.donor(IOM), "{}");
        Api.Response activities = api.get("/api/t/ba-04/funding/activities", TestJwts.donor(IOM));
        Api.Response asCoordinator = api.get(BASE + "/activities", TestJwts.forTenant("ba"));

        assertThat(export.status()).as(export.toString()).isEqualTo(403);
        assertThat(export.isProblem("tenant-forbidden")).isTrue();
        assertThat(activities.status()).isEqualTo(403);
        assertThat(asCoordinator.status()).as(asCoordinator.toString()).isEqualTo(403);
        assertThat(asCoordinator.isProblem("forbidden")).isTrue();
    }

    @Test
    void theDonorExportDiffedAgainstTheFundedSetHoldsNoUnfundedActivity() {
        Api.Response export = api.get(BASE + "/export?format=csv", TestJwts.donor(IOM));
        Set<String> funded = new TreeSet<>(activityKeys(api.get(BASE + "/activities", TestJwts.donor(IOM))));

        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        assertThat(export.header("Content-Type")).startsWith("text/csv");
        List<String> rows = export.body().replace("\uFEFF", "").lines().toList();
        assertThat(rows.get(0)).startsWith("tenant,plan,activity_id,activity_code");
        Set<String> exported = new TreeSet<>();
        for (String row : rows.subList(1, rows.size())) {
            List<String> cells = cells(row);
            exported.add(cells.get(0) + "/plan-" + cells.get(0) + "/" + cells.get(2));
        }
        assertThat(exported).as("exported activities = funded activities").isEqualTo(funded);
        assertThat(export.body()).doesNotContain("activity-1.3.3").doesNotContain("Koordinacijski tim");
        assertThat(new String(export.body().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .contains("Međunarodna organizacija za migracije");
    }

    @Test
    void aDonorOfAnotherOrganisationSeesNoneOfIomsActivities() {
        Api.Response coe = api.get(BASE + "/activities", TestJwts.donor(COUNCIL_OF_EUROPE));
        Api.Response other = api.get(BASE + "/activities", TestJwts.donor("global-unhcr"));

        assertThat(activityKeys(coe)).containsExactly("ba/plan-ba/activity-1.3.3");
        assertThat(activityKeys(other)).isEmpty();
        assertThat(api.get(BASE + "/activities/ba/plan-ba/activity-1.2.1", TestJwts.donor("global-unhcr")).status())
                .isEqualTo(404);
        assertThat(api.get(BASE + "/export", TestJwts.donor("global-unhcr")).body()).doesNotContain("activity-");
    }

    private void createLine(String tenant, String title, String funder, String links) {
        funding.ok(funding.post(tenant, "/lines", """
                {"title": "%s", "currency": "BAM", "holder": {"name": "Ministarstvo sigurnosti BiH"},
                 "source": {"kind": "donor", "funder": %s},
                 "allocations": [{"year": 2023, "amount": "40000.00", "status": "secured"}],
                 "links": %s}""".formatted(title, funder, links)));
    }

    private static List<String> activityKeys(Api.Response activities) {
        if (activities.status() != 200) {
            return List.of();
        }
        List<String> tenants = activities.json("$.items[*].tenant");
        List<String> plans = activities.json("$.items[*].planId");
        List<String> ids = activities.json("$.items[*].activityId");
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            keys.add(tenants.get(i) + "/" + plans.get(i) + "/" + ids.get(i));
        }
        return keys;
    }

    /** The cells of one CSV row (quoted cells may hold commas and doubled quotes). */
    private static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (quoted && c == '"' && i + 1 < row.length() && row.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
