package org.ariadne.funding.results;

/** The status an institution's accepted contribution reported for one activity in one round. */
public record ReportedStatus(String roundId, String contributionId, String institution, String status) {
}
