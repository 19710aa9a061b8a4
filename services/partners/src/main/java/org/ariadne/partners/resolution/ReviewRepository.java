package org.ariadne.partners.resolution;

import java.util.List;
import java.util.Optional;

/** The current tenant's review queue: one item per name key, with the places it is printed. */
public interface ReviewRepository {

    /**
     * Makes the queue agree with one activity's reading: the activity's places leave every item, its unresolved parts
     * are added back (an item per key is created when new). Open items printed nowhere any more disappear.
     */
    void syncActivity(String activityId, List<ActivityReading.Occurrence> unresolved);

    List<ReviewItem> list(ReviewItem.ReviewStatus status);

    Optional<ReviewItem> find(String key);

    /**
     * Records the coordinator's decision on an item (kept as history, even though the decision already took the name
     * out of every activity's unresolved parts).
     */
    void decide(ReviewItem item, ReviewItem.ReviewStatus status, ReviewItem.Decision decision);
}
