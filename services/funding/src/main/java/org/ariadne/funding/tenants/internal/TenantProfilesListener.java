package org.ariadne.funding.tenants.internal;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ariadne.contracts.EventTypes;
import org.ariadne.contracts.identity.v1.TenantOnboarded;
import org.ariadne.funding.tenants.TenantHierarchy;
import org.ariadne.funding.tenants.TenantProfile;
import org.ariadne.messaging.InboundEvents;
import org.ariadne.tenancy.TenantId;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each tenant's profile from identity's {@code TenantOnboarded}: its parent (so a state line may serve a
 * canton's activity), its reporting currency and its languages. A parent id that is not a tenant id is ignored (the
 * tenant is then top-level here); replays are harmless.
 */
@Component
class TenantProfilesListener {

    private final InboundEvents inbound;
    private final TenantHierarchy hierarchy;

    TenantProfilesListener(InboundEvents inbound, TenantHierarchy hierarchy) {
        this.inbound = inbound;
        this.hierarchy = hierarchy;
    }

    @KafkaListener(id = "funding.tenant-profiles", topics = EventTypes.IDENTITY_TOPIC, groupId = "funding.tenant-profiles")
    void on(ConsumerRecord<String, String> record) {
        inbound.decode(record).ifPresent(event -> {
            if (event.payload() instanceof TenantOnboarded onboarded) {
                String parent = onboarded.parentId() != null && TenantId.isValid(onboarded.parentId())
                        && !onboarded.parentId().equals(onboarded.tenantId()) ? onboarded.parentId() : null;
                hierarchy.save(new TenantProfile(onboarded.tenantId(), onboarded.name(), parent, onboarded.currency(),
                        onboarded.languages()));
            }
        });
    }
}
