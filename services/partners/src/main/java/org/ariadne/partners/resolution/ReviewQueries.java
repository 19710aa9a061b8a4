package org.ariadne.partners.resolution;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The review queue and the activities' readings, for the coordinator's screens. */
@Service
public class ReviewQueries {

    private final ReviewRepository reviews;
    private final ReadingRepository readings;

    public ReviewQueries(ReviewRepository reviews, ReadingRepository readings) {
        this.reviews = reviews;
        this.readings = readings;
    }

    public List<ReviewItem> queue(ReviewItem.ReviewStatus status) {
        return reviews.list(status);
    }

    public Optional<ReviewItem> item(String key) {
        return reviews.find(key);
    }

    public Optional<ActivityReading> reading(String activityId) {
        return readings.find(activityId).map(ReadingRepository.Stored::reading);
    }

    /** The readings of these activities (those that have one), in one query instead of one per activity. */
    public Map<String, ActivityReading> readings(Collection<String> activityIds) {
        Map<String, ActivityReading> found = new HashMap<>();
        readings.findAll(activityIds).forEach((id, stored) -> found.put(id, stored.reading()));
        return found;
    }
}
