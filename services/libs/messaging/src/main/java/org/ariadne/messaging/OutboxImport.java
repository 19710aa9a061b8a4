package org.ariadne.messaging;

import java.util.Date;
import java.util.List;
import org.ariadne.tenancy.TenantId;
import org.ariadne.tenancy.data.TenantDataImported;
import org.ariadne.tenancy.data.TenantDataRewriter;
import org.bson.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A tenant's imported aggregates keep the events that were still waiting in their outboxes when the tenant was
 * exported: they are rewritten for the new tenant (the entry's tenant and the payload's {@code tenantId}, so they leave
 * keyed and headed as the new tenant, never as the old one), their lease is cleared, and the relay is told to publish
 * them once the import is done.
 */
final class OutboxImport implements TenantDataRewriter, TenantDataImported {

    private final JsonMapper json;
    private final OutboxRelay relay;

    OutboxImport(JsonMapper json, OutboxRelay relay) {
        this.json = json;
        this.relay = relay;
    }

    @Override
    public void rewrite(String collection, Document document, TenantId from, TenantId to) {
        if (!(document.get(OutboxFields.OUTBOX) instanceof List<?> entries)) {
            return;
        }
        for (Object item : entries) {
            if (!(item instanceof Document entry)) {
                continue;
            }
            entry.put("tenant", to.value());
            String data = entry.getString("data");
            if (data != null) {
                JsonNode payload = json.readTree(data);
                if (payload instanceof ObjectNode object && object.has("tenantId")) {
                    object.put("tenantId", to.value());
                    entry.put("data", json.writeValueAsString(object));
                }
            }
        }
        document.put(OutboxFields.LEASE_UNTIL, new Date(0));
        document.put(OutboxFields.LEASE_OWNER, null);
    }

    @Override
    public void imported(TenantId tenant) {
        relay.pending(tenant, null);
    }
}
