package org.ariadne.partners.resolution.internal;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ariadne.partners.resolution.ActivityReading;
import org.ariadne.partners.resolution.ReviewItem;
import org.ariadne.partners.resolution.ReviewRepository;
import org.ariadne.partners.storage.BsonRecords;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/**
 * {@code review_items}: one document per unresolved name key ({@code _id}) with its status, suggestions and decision;
 * {@code review_places}: one document per place a key is printed (an activity and a role), so an activity's reading
 * touches only its own places however many activities print the same name. (The places used to be an array in the
 * item: one name printed by a thousand activities made every reading rewrite a thousand places, and the partners
 * consumer drained a backlog ever slower; docs/reliability.md.) The queue is derived from the readings, so every change
 * is idempotent: an activity's places are removed and added again on each of its readings.
 */
@Repository
class MongoReviewRepository implements ReviewRepository {

    static final String COLLECTION = "review_items";
    static final String PLACES = "review_places";
    static final String KEY = "key";
    static final String ACTIVITY_ID = "activityId";
    static final String COUNT_TOKEN = "countToken";
    /** Insertion order of places (their first reading), for a stable listing. */
    private static final String SINCE = "since";
    private static final String LEGACY_PLACES = "places";

    private final TenantDatabases databases;

    MongoReviewRepository(TenantDatabases databases) {
        this.databases = databases;
    }

    @Override
    public boolean syncActivity(String activityId, List<ActivityReading.Occurrence> unresolved) {
        Set<String> keysBefore = new LinkedHashSet<>();
        places().find(eq(ACTIVITY_ID, activityId)).projection(Projections.include(KEY)).forEach(p -> keysBefore.add(p.getString(KEY)));
        places().deleteMany(eq(ACTIVITY_ID, activityId));
        return addPlaces(unresolved, keysBefore, List.of());
    }

    @Override
    public boolean addFirstReading(String activityId, List<ActivityReading.Occurrence> unresolved) {
        return addPlaces(unresolved, Set.of(), List.of());
    }

    @Override
    public boolean replacePlaces(String activityId, List<ActivityReading.Occurrence> before,
            List<ActivityReading.Occurrence> unresolved) {
        Set<String> idsNow = new HashSet<>();
        unresolved.forEach(o -> idsNow.add(placeId(o)));
        List<String> gone = before.stream().map(MongoReviewRepository::placeId).filter(id -> !idsNow.contains(id)).distinct().toList();
        if (!gone.isEmpty()) {
            places().deleteMany(Filters.in("_id", gone));
        }
        Set<String> keysBefore = new LinkedHashSet<>();
        before.forEach(o -> keysBefore.add(o.part().key()));
        return addPlaces(unresolved, keysBefore, before);
    }

    /**
     * Adds the places of the unresolved parts (but those of {@code unchanged}, stored as they are) and drops open items
     * of {@code keysBefore} printed nowhere any more.
     */
    private boolean addPlaces(List<ActivityReading.Occurrence> unresolved, Set<String> keysBefore,
            List<ActivityReading.Occurrence> unchanged) {
        boolean openItemsChanged = false;
        Instant now = Instant.now();
        Set<String> keysNow = new LinkedHashSet<>();
        for (ActivityReading.Occurrence o : unresolved) {
            String key = o.part().key();
            keysNow.add(key);
            if (!unchanged.contains(o)) {
                Document place = place(key, new ReviewItem.Place(o.planId(), o.activityId(), o.code(), o.role().code(), o.printed()), now);
                places().replaceOne(eq("_id", place.get("_id")), place, new ReplaceOptions().upsert(true));
            }
            List<Document> suggestions = new ArrayList<>();
            o.part().suggestions().forEach(s -> {
                Document d = BsonRecords.toDocument(s, null);
                d.remove("_id");
                suggestions.add(d);
            });
            // a key decided before but printed unresolved again (its alias now names something else) opens anew
            Document before = items().findOneAndUpdate(eq("_id", key),
                    Updates.combine(Updates.setOnInsert("text", o.part().text()), Updates.setOnInsert("firstSeen", now.toString()),
                            Updates.set("status", ReviewItem.ReviewStatus.OPEN.name()), Updates.unset("decision"),
                            Updates.set("updatedAt", now.toString()), Updates.set("suggestions", suggestions)),
                    new FindOneAndUpdateOptions().upsert(true).projection(Projections.include("status"))
                            .returnDocument(ReturnDocument.BEFORE));
            openItemsChanged |= before == null || !ReviewItem.ReviewStatus.OPEN.name().equals(before.getString("status"));
        }
        for (String key : keysBefore) {
            if (!keysNow.contains(key) && places().find(eq(KEY, key)).limit(1).first() == null) {
                openItemsChanged |= items().deleteOne(and(eq("_id", key), eq("status", ReviewItem.ReviewStatus.OPEN.name())))
                        .getDeletedCount() > 0;
            }
        }
        return openItemsChanged;
    }

    @Override
    public int countOpen() {
        return (int) items().countDocuments(eq("status", ReviewItem.ReviewStatus.OPEN.name()));
    }

    @Override
    public List<ReviewItem> list(ReviewItem.ReviewStatus status) {
        Bson filter = status == null ? new Document() : eq("status", status.name());
        List<Document> items = items().find(filter).sort(Sorts.ascending("text")).into(new ArrayList<>());
        // the places of every listed item in one query, not one per item
        Map<String, List<Document>> placesByKey = new HashMap<>();
        List<String> keys = items.stream().map(d -> d.getString("_id")).toList();
        for (Document p : places().find(Filters.in(KEY, keys)).sort(Sorts.ascending(SINCE, "_id"))) {
            placesByKey.computeIfAbsent(p.getString(KEY), k -> new ArrayList<>()).add(p);
        }
        List<ReviewItem> found = new ArrayList<>();
        for (Document d : items) {
            found.add(item(d, placesByKey.getOrDefault(d.getString("_id"), List.of())));
        }
        return found;
    }

    @Override
    public Optional<ReviewItem> find(String key) {
        return Optional.ofNullable(items().find(eq("_id", key)).first())
                .map(d -> item(d, places().find(eq(KEY, key)).sort(Sorts.ascending(SINCE, "_id")).into(new ArrayList<>())));
    }

    @Override
    public void decide(ReviewItem item, ReviewItem.ReviewStatus status, ReviewItem.Decision decision, String countToken) {
        ReviewItem decided = new ReviewItem(item.key(), item.text(), status, List.of(), item.suggestions(), decision,
                item.firstSeen(), decision.at());
        Document stored = BsonRecords.toDocument(decided, item.key());
        stored.remove(LEGACY_PLACES);
        stored.append(COUNT_TOKEN, countToken);
        items().replaceOne(eq("_id", item.key()), stored, new ReplaceOptions().upsert(true));
        places().deleteMany(eq(KEY, item.key()));
    }

    @Override
    public Map<String, String> countPending() {
        Map<String, String> pending = new HashMap<>();
        items().find(Filters.exists(COUNT_TOKEN)).projection(Projections.include(COUNT_TOKEN))
                .forEach(d -> pending.put(d.getString("_id"), d.getString(COUNT_TOKEN)));
        return pending;
    }

    @Override
    public void countPublished(String key, String countToken) {
        items().updateOne(and(eq("_id", key), eq(COUNT_TOKEN, countToken)), Updates.unset(COUNT_TOKEN));
    }

    /**
     * Moves the places of items written before they had their own collection into it (idempotent: a place's id is
     * its key, activity, role and printed text), then drops the items' arrays.
     */
    static void movePlacesOutOfItems(MongoDatabase db) {
        MongoCollection<Document> items = db.getCollection(COLLECTION);
        MongoCollection<Document> places = db.getCollection(PLACES);
        for (Document item : items.find(Filters.exists(LEGACY_PLACES))) {
            String key = item.getString("_id");
            Instant since = Instant.EPOCH;
            for (Document legacy : item.getList(LEGACY_PLACES, Document.class, List.of())) {
                Document copy = new Document(legacy);
                copy.remove("_id");
                Document place = place(key, BsonRecords.fromDocument(copy, ReviewItem.Place.class), since);
                places.replaceOne(eq("_id", place.get("_id")), place, new ReplaceOptions().upsert(true));
                since = since.plusMillis(1); // keeps the array's order
            }
            items.updateOne(eq("_id", key), Updates.unset(LEGACY_PLACES));
        }
    }

    private static Document place(String key, ReviewItem.Place place, Instant since) {
        Document document = BsonRecords.toDocument(place, placeId(key, place.activityId(), place.role(), place.printed()));
        document.append(KEY, key).append(SINCE, Date.from(since));
        return document;
    }

    /** A place's id: its key, activity, role and printed text, so that the same place is written again in place. */
    private static String placeId(String key, String activityId, String role, String printed) {
        return key + "|" + activityId + "|" + role + "|" + printed;
    }

    private static String placeId(ActivityReading.Occurrence o) {
        return placeId(o.part().key(), o.activityId(), o.role().code(), o.printed());
    }

    /** An item with its places ({@code review_places} documents of its key, in their order). */
    private static ReviewItem item(Document d, List<Document> storedPlaces) {
        Document copy = new Document(d);
        copy.remove(LEGACY_PLACES);
        copy.put("key", d.getString("_id"));
        List<Document> places = new ArrayList<>();
        for (Document p : storedPlaces) {
            Document place = new Document(p);
            place.remove("_id");
            place.remove(KEY);
            place.remove(SINCE);
            places.add(place);
        }
        copy.put(LEGACY_PLACES, places);
        return BsonRecords.fromDocument(copy, ReviewItem.class);
    }

    private MongoCollection<Document> items() {
        return databases.current().getCollection(COLLECTION);
    }

    private MongoCollection<Document> places() {
        return databases.current().getCollection(PLACES);
    }
}
