package org.ariadne.plans.plan;

/** One version of a plan as the list of versions shows it: no tree, its counts. */
public record VersionSummary(int number, String status, String legalAct, String adoptionDate, boolean current,
        int nodes, int activities) {
}
