package org.ariadne.contracts.funding.v1;

import org.ariadne.contracts.DomainEvent;

/**
 * A grant was registered: a donor's agreement with an implementer, in its own currency. Optional: the amount (null =
 * not stated), the donor's IATI activity id, and the agreement's exchange rate ({@code agreementRate} units of
 * {@code agreementQuoteCurrency} per 1 {@code currency}), which overrides reference rates for the grant's lines.
 */
public record GrantRegistered(String tenantId, String grantId, String title, InstitutionRef donor,
        InstitutionRef implementer, String currency, String amount, String donorIatiActivityId, String agreementRate,
        String agreementQuoteCurrency) implements DomainEvent {
}
