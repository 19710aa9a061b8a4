package org.ariadne.funding.tenants.internal;

import org.ariadne.contracts.EventTypes;
import org.ariadne.contracts.identity.v1.TenantOnboarded;
import org.ariadne.funding.tenants.TenantHierarchy;
import org.ariadne.funding.tenants.TenantProfile;
import org.ariadne.messaging.InboundEvent;
import org.ariadne.messaging.InboundEventHandler;
import org.ariadne.tenancy.TenantId;
import org.springframework.stereotype.Component;

/**
 * Keeps each tenant's profile from identity's {@code TenantOnboarded}: its parent (so a state line may serve a
 * canton's activity), its reporting currency and its languages. A parent id that is not a tenant id is ignored (the
 * tenant is then top-level here); replays are harmless.
 */
@Component
class TenantProfilesListener implements InboundEventHandler {

    private final TenantHierarchy hierarchy;

    TenantProfilesListener(TenantHierarchy hierarchy) {
        this.hierarchy = hierarchy;
    }

    @Override
    public String topic() {
        return EventTypes.IDENTITY_TOPIC;
    }

    @Override
    public String id() {
        return "funding.tenant-profiles";
    }

    @Override
    public void handle(InboundEvent event) {
        if (event.payload() instanceof TenantOnboarded onboarded) {
            String parent = onboarded.parentId() != null && TenantId.isValid(onboarded.parentId())
                    && !onboarded.parentId().equals(onboarded.tenantId()) ? onboarded.parentId() : null;
            hierarchy.save(new TenantProfile(onboarded.tenantId(), onboarded.name(), parent, onboarded.currency(),
                    onboarded.languages()));
        }
    }
}
