package org.ariadne.funding.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ariadne.web.FieldProblem;
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;
import org.junit.jupiter.api.Test;

/** Amounts as they come from outside, and conversion on read: per row, HALF_EVEN to cents, the peg, dated rates. */
class MoneyTest {

    private static final CurrencyCode USD = CurrencyCode.of("USD");
    private final RateTable rates = new RateTable(List.of(
            new ExchangeRate(USD, LocalDate.of(2023, 1, 2), new BigDecimal("1.0683"), RateSource.ECB),
            new ExchangeRate(USD, LocalDate.of(2023, 12, 29), new BigDecimal("1.1050"), RateSource.ECB),
            new ExchangeRate(USD, LocalDate.of(2023, 12, 29), new BigDecimal("1.1000"), RateSource.MANUAL)));
    private final Conversion conversion = new Conversion(rates);

    @Test
    void theConvertibleMarkIsPeggedAndEachRowIsRoundedToCentsBeforeItIsSummed() {
        assertThat(conversion.convert(Money.of("130000", "BAM"), LocalDate.of(2023, 1, 1), CurrencyCode.EUR))
                .isEqualByComparingTo("66467.94");
        BigDecimal perYear = BigDecimal.ZERO;
        for (int year = 2020; year <= 2023; year++) {
            perYear = perYear.add(conversion.convert(Money.of("220000", "BAM"), LocalDate.of(year, 1, 1), CurrencyCode.EUR));
        }
        assertThat(perYear).isEqualByComparingTo("449936.84");
        assertThat(conversion.convert(Money.of("880000", "BAM"), LocalDate.of(2020, 1, 1), CurrencyCode.EUR))
                .as("converting the total at once, which the totals never do").isEqualByComparingTo("449936.86");
        assertThat(conversion.convert(Money.of("66467.94", "EUR"), LocalDate.of(2023, 1, 1), CurrencyCode.BAM))
                .as("a round trip drifts by a cent: why every amount keeps its own currency and is converted on read")
                .isEqualByComparingTo("129999.99");
    }

    @Test
    void otherCurrenciesUseTheLatestRateOnOrBeforeTheValueDateAndCrossThroughTheEuro() {
        assertThat(conversion.convert(Money.of("1068.30", "USD"), LocalDate.of(2023, 6, 30), CurrencyCode.EUR))
                .as("the rate of 2 January 2023 is the latest before 30 June").isEqualByComparingTo("1000.00");
        assertThat(conversion.convert(Money.of("1100", "USD"), LocalDate.of(2024, 1, 5), CurrencyCode.EUR))
                .as("a manual rate wins over the ECB rate of the same day").isEqualByComparingTo("1000.00");
        assertThat(conversion.convert(Money.of("1068.30", "USD"), LocalDate.of(2023, 6, 30), CurrencyCode.BAM))
                .as("USD → EUR → BAM through the peg").isEqualByComparingTo("1955.83");
    }

    @Test
    void aMissingRateIsAProblemNamingCurrencyAndDateNeverZeroOrOne() {
        assertThatThrownBy(() -> conversion.convert(Money.of("100", "USD"), LocalDate.of(2022, 12, 31), CurrencyCode.EUR))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problemType()).isEqualTo(ProblemType.EXCHANGE_RATE_MISSING);
                    assertThat(e.getStatusCode().value()).isEqualTo(422);
                    assertThat(e.getBody().getProperties()).containsEntry("currency", "USD").containsEntry("date", "2022-12-31");
                    assertThat(e.getBody().getDetail()).contains("USD", "2022-12-31");
                });
        assertThat(conversion.canConvert(CurrencyCode.of("CHF"), LocalDate.of(2023, 1, 1), CurrencyCode.EUR)).isFalse();
    }

    @Test
    void aGrantsAgreementRateOverridesReferenceRatesInBothDirections() {
        AgreementRate agreement = new AgreementRate(USD, CurrencyCode.BAM, new BigDecimal("1.72"));

        assertThat(conversion.convert(Money.of("1000", "USD"), LocalDate.of(2023, 6, 30), CurrencyCode.BAM, agreement))
                .isEqualByComparingTo("1720.00");
        assertThat(conversion.convert(Money.of("1720", "BAM"), LocalDate.of(2019, 1, 1), USD, agreement))
                .as("no reference rate is needed at all").isEqualByComparingTo("1000.00");
    }

    @Test
    void anAmountFromOutsideIsAPlainDecimalWithTheCurrencysMinorUnits() {
        List<FieldProblem> problems = new ArrayList<>();

        assertThat(Amounts.parse("/amount", "129999.04", CurrencyCode.BAM, problems)).isEqualByComparingTo("129999.04");
        assertThat(Amounts.parse("/amount", "130000", CurrencyCode.BAM, problems)).isEqualTo(new BigDecimal("130000.00"));
        assertThat(problems).isEmpty();

        assertThat(Amounts.parse("/amount", "1e999999999", CurrencyCode.EUR, problems)).isNull();
        assertThat(Amounts.parse("/amount", "-129999.04", CurrencyCode.BAM, problems)).isNull();
        assertThat(Amounts.parse("/amount", "0.001", CurrencyCode.EUR, problems)).isNull();
        assertThat(Amounts.parse("/amount", "130.000,00", CurrencyCode.EUR, problems)).isNull();
        assertThat(Amounts.parse("/amount", "1234567890123456", CurrencyCode.EUR, problems)).isNull();
        assertThat(Amounts.parse("/amount", "12.5", CurrencyCode.of("JPY"), problems)).isNull();
        assertThat(problems).extracting(FieldProblem::pointer).containsOnly("/amount");
        assertThat(problems).extracting(FieldProblem::detail).satisfiesExactly(
                d -> assertThat(d).contains("without an exponent"),
                d -> assertThat(d).contains("must not be negative", "reversal"),
                d -> assertThat(d).contains("more decimals than EUR"),
                d -> assertThat(d).contains("plain decimal"),
                d -> assertThat(d).contains("plain decimal"),
                d -> assertThat(d).contains("more decimals than JPY"));
    }

    @Test
    void aCurrencyFromOutsideIsAKnownIso4217Code() {
        List<FieldProblem> problems = new ArrayList<>();

        assertThat(Amounts.currency("/currency", "BAM", problems)).isEqualTo(CurrencyCode.BAM);
        assertThat(Amounts.currency("/currency", "XYZ", problems)).isNull();
        assertThat(Amounts.currency("/currency", "KM", problems)).isNull();
        assertThat(Amounts.currency("/currency", "eur", problems)).isNull();

        assertThat(problems).extracting(FieldProblem::detail).satisfiesExactly(
                d -> assertThat(d).contains("\"XYZ\" is not an ISO 4217 currency code"),
                d -> assertThat(d).contains("BAM", "KM"),
                d -> assertThat(d).contains("\"eur\""));
        assertThat(Currencies.isKnown("HRK")).as("withdrawn, but historic amounts were paid in it").isTrue();
    }
}
