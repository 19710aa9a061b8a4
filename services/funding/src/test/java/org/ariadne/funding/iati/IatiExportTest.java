package org.ariadne.funding.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ariadne.funding.DemoFunding;
import org.ariadne.funding.Seeds;
import org.ariadne.funding.line.BudgetLine;
import org.ariadne.funding.planview.PlannedActivity;
import org.junit.jupiter.api.Test;

/**
 * The IATI 2.03 export of the demo tenants validates against the official schema (vendored, offline) and passes the
 * rules the schema does not check; an export without a value date or with elements out of order does not.
 */
class IatiExportTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 21);
    private static final Instant GENERATED = Instant.parse("2025-03-21T12:00:00Z");

    private static byte[] export(String tenant, String name, String language, List<BudgetLine> lines, Seeds.PlanEvents plan) {
        Map<String, PlannedActivity> planned = new HashMap<>();
        DemoFunding.planned(plan).forEach(a -> planned.put(tenant + "/" + a.planId() + "/" + a.activityId(), a));
        IatiMapping.Publisher publisher = new IatiMapping.Publisher(tenant, "XI-ARIADNE-" + tenant, "10", name, language);
        return IatiWriter.write(IatiMapping.lines(publisher, lines, planned, TODAY), GENERATED);
    }

    static byte[] ba() {
        List<BudgetLine> lines = new ArrayList<>(DemoFunding.ba());
        BudgetLine safeHouses = DemoFunding.safeHouses(lines);
        lines.set(lines.indexOf(safeHouses), DemoFunding.withShelterPayment(safeHouses));
        return export("ba", "Ministarstvo sigurnosti BiH", "bs", lines, Seeds.ba());
    }

    static byte[] si() {
        return export("si", "Vlada Republike Slovenije", "sl", DemoFunding.si(), Seeds.si());
    }

    @Test
    void theExportsOfBaAndSiValidateAgainstTheIati203SchemaAndRules() {
        for (byte[] xml : List.of(ba(), si())) {
            assertThat(IatiSchema.validate(xml)).as(new String(xml, StandardCharsets.UTF_8)).isEmpty();
            assertThat(IatiRules.check(xml, TODAY)).isEmpty();
        }
    }

    @Test
    void oneActivityPerLineNeverOnePerPlanActivity() {
        String ba = new String(ba(), StandardCharsets.UTF_8);

        assertThat(count(ba, "<iati-activity ")).isEqualTo(5);
        assertThat(count(ba, "<other-identifier ref=\"1.5.2\"")).isEqualTo(1);
        assertThat(ba).contains("<other-identifier ref=\"ba-04 4.2.6\" type=\"A1\"><owner-org ref=\"XI-ARIADNE-ba-04\">");
        assertThat(ba).contains("<value currency=\"BAM\" value-date=\"2023-12-31\">129999.04</value>");
        assertThat(ba).contains("<sector vocabulary=\"1\" code=\"15190\" percentage=\"100\"/>");
        assertThat(count(ba, "<budget ")).as("4 + 4 + 4 years of the three known lines").isEqualTo(12);

        String si = new String(si(), StandardCharsets.UTF_8);
        assertThat(count(si, "<iati-activity ")).isEqualTo(14);
        assertThat(count(si, "<related-activity ")).as("ISF and AMIF shares name each other").isEqualTo(4);
        assertThat(si).contains("secondary-reporter=\"1\"");
    }

    @Test
    void anExportWithoutAValueDateOrWithElementsOutOfOrderFailsTheSchema() {
        String valid = new String(ba(), StandardCharsets.UTF_8);

        String noValueDate = valid.replaceFirst(" value-date=\"2020-01-01\"", "");
        List<String> missing = IatiSchema.validate(noValueDate.getBytes(StandardCharsets.UTF_8));
        System.out.println("Without a value date: " + missing);
        assertThat(missing).anySatisfy(m -> assertThat(m).contains("cvc-complex-type.4").contains("value-date"));

        int title = valid.indexOf("<title>");
        int titleEnd = valid.indexOf("</title>") + "</title>".length();
        String titleElement = valid.substring(title, titleEnd);
        String misordered = valid.substring(0, title) + valid.substring(titleEnd);
        misordered = misordered.replaceFirst("<reporting-org ", titleElement + "<reporting-org ");
        List<String> order = IatiSchema.validate(misordered.getBytes(StandardCharsets.UTF_8));
        System.out.println("Title before reporting-org: " + order);
        assertThat(order).anySatisfy(m -> assertThat(m).contains("cvc-complex-type.2.4.a"));
    }

    @Test
    void theRulesTheSchemaDoesNotCheckAreChecked() {
        String valid = new String(ba(), StandardCharsets.UTF_8);
        String broken = valid.replaceAll("<activity-date type=\"2\"[^>]*/>", "")
                .replaceFirst("<activity-date type=\"1\"", "<activity-date type=\"3\"")
                .replaceFirst("percentage=\"100\"/>", "percentage=\"60\"/>")
                .replaceFirst("<period-end iso-date=\"2020-12-31\"/>", "<period-end iso-date=\"2021-06-30\"/>")
                .replaceFirst("<iati-identifier>XI-ARIADNE-ba-BL-", "<iati-identifier>XI-ARIADNE-ba-BL/")
                .replaceFirst("<transaction-date iso-date=\"2023-12-31\"/>", "<transaction-date iso-date=\"2031-01-01\"/>");

        List<String> violations = IatiRules.check(broken.getBytes(StandardCharsets.UTF_8), TODAY);

        assertThat(IatiSchema.validate(broken.getBytes(StandardCharsets.UTF_8))).as("the schema sees none of it").isEmpty();
        assertThat(violations).anySatisfy(v -> assertThat(v).contains("has no start date"))
                .anySatisfy(v -> assertThat(v).contains("percentages", "add up to 60"))
                .anySatisfy(v -> assertThat(v).contains("longer than one year"))
                .anySatisfy(v -> assertThat(v).contains("contains \"/\""))
                .anySatisfy(v -> assertThat(v).contains("2031-01-01 is in the future"));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
