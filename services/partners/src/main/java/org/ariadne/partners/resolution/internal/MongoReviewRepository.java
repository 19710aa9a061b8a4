package org.ariadne.partners.resolution.internal;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.size;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ariadne.partners.resolution.ActivityReading;
import org.ariadne.partners.resolution.ReviewItem;
import org.ariadne.partners.resolution.ReviewRepository;
import org.ariadne.partners.storage.BsonRecords;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/**
 * {@code review_items}: one document per unresolved name key ({@code _id}). The queue is derived from the readings,
 * so every change is idempotent: an activity's places are pulled and pushed again on each of its readings.
 */
@Repository
class MongoReviewRepository implements ReviewRepository {

    static final String COLLECTION = "review_items";

    private final TenantDatabases databases;

    MongoReviewRepository(TenantDatabases databases) {
        this.databases = databases;
    }

    @Override
    public void syncActivity(String activityId, List<ActivityReading.Occurrence> unresolved) {
        items().updateMany(eq("places.activityId", activityId),
                Updates.pull("places", new Document("activityId", activityId)));
        String now = Instant.now().toString();
        for (ActivityReading.Occurrence o : unresolved) {
            Document place = BsonRecords.toDocument(new ReviewItem.Place(o.planId(), o.activityId(), o.code(),
                    o.role().code(), o.printed()), null);
            place.remove("_id");
            List<Document> suggestions = new ArrayList<>();
            o.part().suggestions().forEach(s -> {
                Document d = BsonRecords.toDocument(s, null);
                d.remove("_id");
                suggestions.add(d);
            });
            // a key decided before but printed unresolved again (its alias now names something else) opens anew
            items().updateOne(eq("_id", o.part().key()),
                    Updates.combine(Updates.setOnInsert("text", o.part().text()), Updates.setOnInsert("firstSeen", now),
                            Updates.set("status", ReviewItem.ReviewStatus.OPEN.name()), Updates.unset("decision"),
                            Updates.set("updatedAt", now), Updates.set("suggestions", suggestions),
                            Updates.push("places", place)),
                    new UpdateOptions().upsert(true));
        }
        items().deleteMany(and(eq("status", ReviewItem.ReviewStatus.OPEN.name()), size("places", 0)));
    }

    @Override
    public List<ReviewItem> list(ReviewItem.ReviewStatus status) {
        Bson filter = status == null ? new Document() : eq("status", status.name());
        List<ReviewItem> found = new ArrayList<>();
        for (Document d : items().find(filter).sort(Sorts.ascending("text"))) {
            found.add(item(d));
        }
        return found;
    }

    @Override
    public Optional<ReviewItem> find(String key) {
        return Optional.ofNullable(items().find(eq("_id", key)).first()).map(MongoReviewRepository::item);
    }

    @Override
    public void decide(ReviewItem item, ReviewItem.ReviewStatus status, ReviewItem.Decision decision) {
        ReviewItem decided = new ReviewItem(item.key(), item.text(), status, List.of(), item.suggestions(), decision,
                item.firstSeen(), decision.at());
        items().replaceOne(eq("_id", item.key()), BsonRecords.toDocument(decided, item.key()), new ReplaceOptions().upsert(true));
    }

    private static ReviewItem item(Document d) {
        Document copy = new Document(d);
        copy.put("key", d.getString("_id"));
        return BsonRecords.fromDocument(copy, ReviewItem.class);
    }

    private MongoCollection<Document> items() {
        return databases.current().getCollection(COLLECTION);
    }
}
