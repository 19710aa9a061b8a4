package org.ariadne.monitoring.reminders.internal;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ariadne.monitoring.reminders.Notification;
import org.ariadne.monitoring.reminders.ReminderRepository;
import org.ariadne.monitoring.reminders.Reminders;
import org.ariadne.tenancy.mongo.DuplicateKeys;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/** Reminder settings ({@code settings/reminders}) and notifications ({@code notifications}) in the tenant's database. */
@Repository
class MongoReminderRepository implements ReminderRepository {

    static final String NOTIFICATIONS = "notifications";
    static final String SETTINGS = "settings";
    static final String SETTINGS_ID = "reminders";

    private final TenantDatabases databases;

    MongoReminderRepository(TenantDatabases databases) {
        this.databases = databases;
    }

    @Override
    public Reminders.Settings settings() {
        Document d = collection(SETTINGS).find(eq("_id", SETTINGS_ID)).first();
        if (d == null) {
            return Reminders.Settings.defaults();
        }
        Map<String, String> emails = new LinkedHashMap<>();
        Document e = d.get("institutionEmails", Document.class);
        if (e != null) {
            e.forEach((k, v) -> emails.put(k, String.valueOf(v)));
        }
        return new Reminders.Settings(emails, d.getString("coordinatorEmail"), d.getString("fromAddress"),
                d.getInteger("daysBefore", 7));
    }

    @Override
    public Reminders.Settings saveSettings(Reminders.Settings settings) {
        collection(SETTINGS).replaceOne(eq("_id", SETTINGS_ID), new Document("_id", SETTINGS_ID)
                .append("institutionEmails", new Document(new LinkedHashMap<>(settings.institutionEmails())))
                .append("coordinatorEmail", settings.coordinatorEmail()).append("fromAddress", settings.fromAddress())
                .append("daysBefore", settings.daysBefore()), new ReplaceOptions().upsert(true));
        return settings();
    }

    @Override
    public boolean recordOnce(Notification n) {
        return DuplicateKeys.writeUnlessPresent(() -> collection(NOTIFICATIONS).insertOne(new Document("_id", n.notificationId())
                .append("kind", n.kind()).append("recipient", n.recipient()).append("email", n.email())
                .append("subject", n.subject()).append("text", n.text()).append("roundId", n.roundId())
                .append("createdAt", Date.from(n.createdAt()))));
    }

    @Override
    public List<Notification> newest(int limit) {
        List<Notification> list = new ArrayList<>();
        for (Document d : collection(NOTIFICATIONS).find().sort(Sorts.descending("createdAt")).limit(limit)) {
            Object created = d.get("createdAt");
            Instant at = created instanceof Date date ? date.toInstant() : created instanceof String s ? Instant.parse(s) : null;
            list.add(new Notification(d.getString("_id"), d.getString("kind"), d.getString("recipient"), d.getString("email"),
                    d.getString("subject"), d.getString("text"), d.getString("roundId"), at));
        }
        return list;
    }

    private MongoCollection<Document> collection(String name) {
        return databases.current().getCollection(name);
    }
}
