package org.ariadne.funding.planview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.ariadne.contracts.plans.v1.ActivityAdded;
import org.ariadne.contracts.plans.v1.ActivityChanged;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Consumer side of the plans contract: the golden examples of {@code services/contracts} (from its test jar), read as
 * funding's listener reads them (tolerantly), become funding's plan view — printed amounts with their currency and
 * year, restatements recognised, sources without amounts kept, old examples without the funding fields accepted.
 */
class PlansContractExamplesTest {

    private static final JsonMapper TOLERANT = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private static <T> T example(String type, String file, Class<T> record) {
        try (InputStream in = PlansContractExamplesTest.class.getClassLoader()
                .getResourceAsStream("examples/" + type + "/" + file)) {
            assertThat(in).as("golden example %s/%s", type, file).isNotNull();
            return TOLERANT.readValue(in, record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void yearlyAmountsBecomePrintedFundingWithTheirCurrencyAndYear() {
        PlannedActivity activity = PlanEventMapping.activity(example("plans.ActivityAdded.v1",
                "ba-safe-houses-with-yearly-amounts.json", ActivityAdded.class));

        assertThat(activity.code()).isEqualTo("1.5.2");
        assertThat(activity.funding()).hasSize(4).allSatisfy(f -> {
            assertThat(f.amount()).isEqualByComparingTo("130000");
            assertThat(f.currency()).isEqualTo("BAM");
            assertThat(f.isRestatement()).isFalse();
        });
        assertThat(activity.funding()).extracting(PrintedFunding::year).containsExactly(2020, 2021, 2022, 2023);
    }

    @Test
    void anAmountTheTextOnlyRestatesIsRecognisedAndSourcesWithoutAmountsAreKept() {
        PlannedActivity si = PlanEventMapping.activity(example("plans.ActivityAdded.v1",
                "si-annex-rows-and-restated-amount.json", ActivityAdded.class));
        assertThat(si.funding()).filteredOn(PrintedFunding::isRestatement).singleElement()
                .satisfies(f -> assertThat(f.amount()).isEqualByComparingTo("45000"));
        assertThat(si.funders()).containsExactly("Evropska komisija");

        PlannedActivity tbd = PlanEventMapping.activity(example("plans.ActivityChanged.v1",
                "ba-amount-to-be-determined.json", ActivityChanged.class));
        assertThat(tbd.funding()).hasSize(2).noneMatch(PrintedFunding::hasAmount);
    }

    @Test
    void examplesFromBeforeTheFundingFieldsMeanNothingPrinted() {
        PlannedActivity old = PlanEventMapping.activity(example("plans.ActivityAdded.v1",
                "me-european-anti-trafficking-day.json", ActivityAdded.class));

        assertThat(old.funding()).isEmpty();
        assertThat(old.funders()).isEmpty();
    }
}
