package org.ariadne.identity.lifecycle.internal;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.ariadne.contracts.identity.v1.TenantOffboarded;
import org.ariadne.identity.lifecycle.TenantAuditLog;
import org.ariadne.messaging.Outbox;
import org.ariadne.messaging.OutboxCollection;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * {@code platform__registry.tenant_audit}, with the in-document outbox: an offboarding's entry and its
 * {@code TenantOffboarded} event are written together, so the event leaves even though the tenant's registry entry is
 * gone.
 */
@Repository
class MongoTenantAuditLog implements TenantAuditLog {

    static final String COLLECTION = "tenant_audit";

    private final OutboxCollection audit;

    MongoTenantAuditLog(Outbox outbox) {
        this.audit = outbox.platformCollection(COLLECTION);
    }

    @Override
    public void offboarded(Entry entry, String exportSha256) {
        audit.insert(new Document("_id", entry.id()).append("tenant", entry.tenant()).append("action", entry.action())
                .append("reason", entry.reason()).append("by", entry.by()).append("at", Date.from(entry.at()))
                .append("details", new Document(entry.details())),
                List.of(new TenantOffboarded(entry.tenant(), entry.reason(), exportSha256, entry.by())));
    }

    @Override
    public void record(Entry entry) {
        audit.documents().insertOne(new Document("_id", entry.id()).append("tenant", entry.tenant())
                .append("action", entry.action()).append("reason", entry.reason()).append("by", entry.by())
                .append("at", Date.from(entry.at())).append("details", new Document(entry.details())));
    }

    @Override
    public List<Entry> entries(String tenant) {
        List<Entry> entries = new ArrayList<>();
        for (Document d : audit.documents().find(eq("tenant", tenant)).sort(Sorts.descending("at"))) {
            Document details = d.get("details", Document.class);
            entries.add(new Entry(d.getString("_id"), d.getString("tenant"), d.getString("action"), d.getString("reason"),
                    d.getString("by"), d.getDate("at").toInstant(), details == null ? Map.of() : new java.util.LinkedHashMap<>(details)));
        }
        return entries;
    }
}
