package org.ariadne.funding.grant;

import java.math.BigDecimal;
import java.time.Instant;
import org.ariadne.funding.line.InstitutionRef;
import org.ariadne.funding.money.AgreementRate;
import org.ariadne.funding.money.CurrencyCode;

/**
 * A donor's grant to the tenant (or through it to an implementer), in the grant's own currency. Its lines refer to it
 * ({@code grantId}); its agreement rate, when the agreement fixes one, converts their amounts instead of reference
 * rates. {@code amount} null = not stated. Exported to IATI as one activity of its own.
 */
public record Grant(String id, String title, InstitutionRef donor, InstitutionRef implementer, CurrencyCode currency,
        BigDecimal amount, String donorIatiActivityId, AgreementRate agreementRate, Instant createdAt, long version) {

    public Grant atVersion(long newVersion) {
        return new Grant(id, title, donor, implementer, currency, amount, donorIatiActivityId, agreementRate, createdAt,
                newVersion);
    }
}
