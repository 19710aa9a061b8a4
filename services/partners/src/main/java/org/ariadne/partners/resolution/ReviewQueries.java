package org.ariadne.partners.resolution;

import java.util.List;
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
}
