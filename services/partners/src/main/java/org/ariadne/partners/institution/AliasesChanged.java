package org.ariadne.partners.institution;

/**
 * In-process notice that the aliases a tenant matches against changed (new aliases, a merge, a decision in the
 * review queue): readings of plan activities are read again. {@code global}: the registry's aliases changed, which
 * every tenant matches against.
 */
public record AliasesChanged(boolean global) {
}
