package org.ariadne.funding.results;

import java.util.Optional;

/**
 * What monitoring reported about the current tenant's plan activities, kept from {@code monitoring.events} (rounds
 * opened and frozen, contributions accepted). Every write is guarded by the source aggregate's version, so
 * duplicates and replays change nothing.
 */
public interface ActivityResults {

    void saveRound(ReportingRound round, long sourceVersion);

    /** The round's roll-up became an immutable snapshot. */
    void freezeRound(String planId, String roundId, int activityCount, int implementedCount, int notStartedCount,
            long sourceVersion);

    /** An accepted contribution's status for one of its activities. */
    void saveReport(String planId, String activityId, ReportedStatus report, long sourceVersion);

    /** The latest result of the activity; empty when no accepted contribution reported on it yet. */
    Optional<ActivityResult> latest(String planId, String activityId);
}
