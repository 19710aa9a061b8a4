package org.ariadne.contracts.funding.v1;

import org.ariadne.contracts.DomainEvent;

/**
 * A budget line's own fields changed (code, title, holder, source, co-financing, grant); always the whole new
 * state of those fields. Allocations, links and transactions change through their own events. Optional: as in
 * {@link BudgetLineCreated}.
 */
public record BudgetLineChanged(String tenantId, String lineId, String code, String title, String currency,
        InstitutionRef holder, String sourceKind, String programme, InstitutionRef funder, String coFinancingGroup,
        String declaredSharePct, String grantId, String origin) implements DomainEvent {
}
