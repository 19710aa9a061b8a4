package org.ariadne.contracts.funding.v1;

import org.ariadne.contracts.DomainEvent;

/**
 * A budget line was created: a distinct pot of money owned by the tenant (the payer), with its holder, its source and
 * its currency. Allocations, links and transactions follow as their own events. Optional: {@code code} as printed,
 * {@code programme} (ISF, AMIF, JTiP …), {@code funder}, the co-financing group and this line's declared share of it,
 * the grant it belongs to.
 */
public record BudgetLineCreated(String tenantId, String lineId, String code, String title, String currency,
        InstitutionRef holder, String sourceKind, String programme, InstitutionRef funder, String coFinancingGroup,
        String declaredSharePct, String grantId, String origin) implements DomainEvent {
}
