package org.ariadne.partners.recommendation;

import java.util.List;
import org.ariadne.partners.activity.ActivityRef;

/**
 * A recommendation as the tracker shows it: with its source, the latest monitoring status of each linked activity,
 * and the status those statuses suggest (which the coordinator may confirm).
 */
public record TrackedRecommendation(Recommendation recommendation, RecommendationSource source,
        List<LinkedActivity> activities, RecommendationStatus suggestedStatus) {

    /** A linked activity with what monitoring last reported for it (null: nothing accepted yet). */
    public record LinkedActivity(ActivityRef ref, String title, String latestStatus, String latestRoundId) {
    }
}
