package org.ariadne.funding.money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ariadne.web.FieldProblem;
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;

/**
 * Converts one amount (one row: an allocation, a transaction) into a target currency with the rate of its own value
 * date, rounded HALF_EVEN to the target's minor units (cents). Totals sum converted rows; they never convert a sum,
 * so 4 × 220,000 BAM is 449,936.84 EUR (per row) and not 449,936.86 (the total at once).
 * <p>
 * Crosses go through the euro (the ECB quotes every rate against it; BAM is pegged to it). A grant's agreement rate,
 * when it covers the pair, wins over every reference rate. A missing rate is a problem naming currency and date —
 * never a silent 0 or 1.
 */
public final class Conversion {

    private static final MathContext PRECISION = MathContext.DECIMAL128;

    private final RateTable rates;

    public Conversion(RateTable rates) {
        this.rates = rates;
    }

    public BigDecimal convert(Money money, LocalDate valueDate, CurrencyCode target) {
        return convert(money, valueDate, target, null);
    }

    /** @param agreement the grant's agreement rate for the amount's line, or null */
    public BigDecimal convert(Money money, LocalDate valueDate, CurrencyCode target, AgreementRate agreement) {
        CurrencyCode from = money.currency();
        BigDecimal amount = money.amount();
        BigDecimal exact;
        if (from.equals(target)) {
            exact = amount;
        } else if (agreement != null && agreement.from().equals(from) && agreement.to().equals(target)) {
            exact = amount.multiply(agreement.rate(), PRECISION);
        } else if (agreement != null && agreement.from().equals(target) && agreement.to().equals(from)) {
            exact = amount.divide(agreement.rate(), PRECISION);
        } else {
            BigDecimal euros = from.equals(CurrencyCode.EUR) ? amount
                    : amount.divide(perEuro(from, valueDate), PRECISION);
            exact = target.equals(CurrencyCode.EUR) ? euros : euros.multiply(perEuro(target, valueDate), PRECISION);
        }
        return exact.setScale(target.minorUnits(), RoundingMode.HALF_EVEN);
    }

    /** Whether {@link #convert} would find its rates, without throwing. */
    public boolean canConvert(CurrencyCode from, LocalDate valueDate, CurrencyCode target) {
        return from.equals(target) || (rates.on(from, valueDate).isPresent() && rates.on(target, valueDate).isPresent());
    }

    private BigDecimal perEuro(CurrencyCode currency, LocalDate valueDate) {
        Optional<ExchangeRate> rate = rates.on(currency, valueDate);
        if (rate.isEmpty()) {
            throw missing(currency, valueDate);
        }
        return rate.get().unitsPerEuro();
    }

    /** The 422 problem for an amount that cannot be converted: it names the currency and the value date. */
    public static ProblemException missing(CurrencyCode currency, LocalDate valueDate) {
        String tenantPath = "/api/t/{tenant}/funding/rates";
        return new ProblemException(ProblemType.EXCHANGE_RATE_MISSING, "No " + currency + " rate on or before "
                + valueDate + ": upload the ECB reference rates (POST " + tenantPath + "/ecb) or enter the rate by hand "
                + "(PUT " + tenantPath + "/" + currency + "/" + valueDate + "), or ask for the figures in " + currency,
                Map.of("currency", currency.code(), "date", valueDate.toString(), "errors",
                        List.of(new FieldProblem("currency", "no " + currency + " rate on or before " + valueDate))));
    }
}
