package org.ariadne.funding.line;

/**
 * A line owned by an ancestor tenant and linked to activities of the current tenant, as the current tenant may see it:
 * read-only, with only the links into the current tenant (the owner's other links are the owner's business).
 */
public record ForeignLine(String owner, BudgetLine line) {
}
