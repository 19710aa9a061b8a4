package org.ariadne.partners.coordination.internal;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import org.ariadne.partners.coordination.FollowUpReminders;
import org.ariadne.partners.storage.BsonRecords;
import org.ariadne.tenancy.mongo.DuplicateKeys;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/** {@code notifications} in the tenant database; the id is the reminder's de-duplication key. */
@Repository
class MongoNotifications implements FollowUpReminders.Notifications {

    private final TenantDatabases databases;

    MongoNotifications(TenantDatabases databases) {
        this.databases = databases;
    }

    @Override
    public boolean insert(FollowUpReminders.Notification notification) {
        return DuplicateKeys.writeUnlessPresent(() -> notifications().insertOne(
                BsonRecords.toDocument(notification, notification.id())));
    }

    @Override
    public List<FollowUpReminders.Notification> recent(int limit) {
        List<FollowUpReminders.Notification> found = new ArrayList<>();
        for (Document d : notifications().find().sort(Sorts.descending("createdAt")).limit(limit)) {
            found.add(BsonRecords.fromDocument(d, FollowUpReminders.Notification.class));
        }
        return found;
    }

    private MongoCollection<Document> notifications() {
        return databases.current().getCollection("notifications");
    }
}
