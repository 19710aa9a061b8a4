package org.ariadne.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import org.ariadne.tenancy.TenantId;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Events still waiting in an imported aggregate's outbox leave as the new tenant, never as the old one. */
class OutboxImportTest {

    @Test
    void pendingEntriesAreRewrittenForTheNewTenantAndTheirLeaseIsCleared() {
        Document plan = new Document("_id", "plan-1").append("title", "Akcioni plan")
                .append(OutboxFields.OUTBOX, List.of(new Document("eventId", "e-1").append("tenant", "ba-04")
                        .append("aggregateId", "plan-1").append("type", "plans.PlanCreated.v1").append("topic", "plans.events")
                        .append("data", "{\"tenantId\":\"ba-04\",\"planId\":\"plan-1\",\"title\":\"Akcioni plan\"}")))
                .append(OutboxFields.PENDING, true).append(OutboxFields.LEASE_UNTIL, new Date())
                .append(OutboxFields.LEASE_OWNER, "old-replica");

        new OutboxImport(JsonMapper.builder().build(), null).rewrite("plans", plan, TenantId.of("ba-04"), TenantId.of("ba-14"));

        Document entry = plan.getList(OutboxFields.OUTBOX, Document.class).get(0);
        assertThat(entry.getString("tenant")).isEqualTo("ba-14");
        assertThat(entry.getString("data")).contains("\"tenantId\":\"ba-14\"").doesNotContain("ba-04");
        assertThat(OutboxEntry.of(entry.append("occurredAt", new Date())).toRecord().key()).isEqualTo("ba-14:plan-1");
        assertThat(plan.getDate(OutboxFields.LEASE_UNTIL)).isEqualTo(new Date(0));
        assertThat(plan.get(OutboxFields.LEASE_OWNER)).isNull();
        assertThat(plan.getBoolean(OutboxFields.PENDING)).isTrue();
    }
}
