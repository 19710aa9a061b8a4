package org.ariadne.partners.resolution;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The current tenant's review queue: one item per name key, with the places it is printed. */
public interface ReviewRepository {

    /**
     * Makes the queue agree with one activity's reading: the activity's places leave every item, its unresolved parts
     * are added back (an item per key is created when new). Open items printed nowhere any more disappear.
     *
     * @return true when the set of open items may have changed (one opened, or one disappeared), false when it did not
     */
    boolean syncActivity(String activityId, List<ActivityReading.Occurrence> unresolved);

    /**
     * As {@link #syncActivity} for an activity read for the first time, which has no places yet: its unresolved parts
     * are added (two round trips fewer than a sync).
     */
    boolean addFirstReading(String activityId, List<ActivityReading.Occurrence> unresolved);

    /**
     * As {@link #syncActivity} for an activity whose places are known to be exactly {@code before} (its reading's
     * unresolved parts, the queue's side of it completed): the places no longer printed are removed by id and the
     * changed ones written, without looking for the activity's places.
     */
    boolean replacePlaces(String activityId, List<ActivityReading.Occurrence> before, List<ActivityReading.Occurrence> unresolved);

    /** How many items are open (names waiting for a decision). */
    int countOpen();

    List<ReviewItem> list(ReviewItem.ReviewStatus status);

    Optional<ReviewItem> find(String key);

    /**
     * Records the coordinator's decision on an item (kept as history, even though the decision already took the name
     * out of every activity's unresolved parts), with a count token: the published count may not follow it yet.
     */
    void decide(ReviewItem item, ReviewItem.ReviewStatus status, ReviewItem.Decision decision, String countToken);

    /** The count tokens of decided items whose count was not published, by item key. */
    Map<String, String> countPending();

    /** Removes the count token, unless a later write replaced it with its own. */
    void countPublished(String key, String countToken);
}
