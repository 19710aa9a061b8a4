package org.ariadne.funding.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The ECB reference-rate CSV as the ECB publishes it (eurofxref-hist.csv): N/A cells, a trailing empty column. */
class EcbReferenceRatesTest {

    private static EcbReferenceRates.Read read(String csv) {
        return EcbReferenceRates.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsTheEcbFormatWithNotAvailableCellsAndATrailingColumn() {
        EcbReferenceRates.Read read = read("""
                Date,USD,JPY,BGN,HRK,ZZZ,
                2023-12-29,1.1050,156.33,1.9558,N/A,1.0,
                2023-12-28,1.1114,157.26,1.9558,N/A,1.0,
                2008-01-02,1.4759,163.97,1.9558,7.3328,1.0,
                """);

        assertThat(read.ok()).as(read.problems().toString()).isTrue();
        assertThat(read.dates()).isEqualTo(3);
        assertThat(read.from()).isEqualTo(LocalDate.of(2008, 1, 2));
        assertThat(read.to()).isEqualTo(LocalDate.of(2023, 12, 29));
        assertThat(read.rates()).hasSize(10);
        assertThat(read.skipped()).singleElement().asString().startsWith("ZZZ");
        RateTable table = new RateTable(read.rates());
        assertThat(table.on(CurrencyCode.of("USD"), LocalDate.of(2023, 12, 31)).orElseThrow().unitsPerEuro())
                .isEqualByComparingTo("1.1050");
        assertThat(table.on(CurrencyCode.of("HRK"), LocalDate.of(2023, 12, 31)).orElseThrow().date())
                .as("N/A is no rate: the latest published one stays").isEqualTo(LocalDate.of(2008, 1, 2));
    }

    @Test
    void anUnreadableDateOrRateFailsTheWholeFileWithEveryProblemListed() {
        EcbReferenceRates.Read read = read("""
                Date,USD,JPY
                2023-12-29,1.1050,156.33
                29.12.2023,1.1114,157.26
                2023-12-27,-1.2,1e3
                """);

        assertThat(read.ok()).isFalse();
        assertThat(read.rates()).isEmpty();
        assertThat(read.problems()).extracting(EcbReferenceRates.Problem::line, EcbReferenceRates.Problem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "Date"), org.assertj.core.groups.Tuple.tuple(4, "USD"),
                        org.assertj.core.groups.Tuple.tuple(4, "JPY"));
    }

    @Test
    void aFileThatIsNotAnEcbFileIsRefused() {
        assertThat(read("Currency;Rate\nUSD;1.1\n").problems()).singleElement()
                .satisfies(p -> assertThat(p.detail()).contains("Date,USD,JPY"));
        assertThat(read("Date,USD\n").problems()).singleElement().satisfies(p -> assertThat(p.detail()).contains("no rates"));
    }
}
