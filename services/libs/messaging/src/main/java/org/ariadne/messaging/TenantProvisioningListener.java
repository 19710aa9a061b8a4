package org.ariadne.messaging;

import org.ariadne.contracts.EventTypes;
import org.ariadne.contracts.identity.v1.TenantOffboarded;
import org.ariadne.contracts.identity.v1.TenantOnboarded;
import org.ariadne.contracts.identity.v1.TenantReactivated;
import org.ariadne.contracts.identity.v1.TenantSuspended;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.tenancy.mongo.TenantDirectory;

/**
 * Every service follows identity's tenant lifecycle: an onboarded tenant gets this service's database and indexes,
 * a suspended one no more scheduled work, an offboarded one is forgotten (identity's offboarding job dropped its
 * database already). Replays are harmless (provisioning is idempotent).
 */
public class TenantProvisioningListener implements InboundEventHandler {

    private final TenantDirectory directory;
    private final String id;

    public TenantProvisioningListener(TenantDirectory directory, String service) {
        this.directory = directory;
        this.id = service + ".tenant-provisioning";
    }

    @Override
    public String topic() {
        return EventTypes.IDENTITY_TOPIC;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public void handle(InboundEvent event) {
        if (event.payload() instanceof TenantOnboarded onboarded) {
            directory.provision(TenantContext.require(), onboarded.name(), true);
        } else if (event.payload() instanceof TenantSuspended) {
            directory.setActive(TenantContext.require(), false);
        } else if (event.payload() instanceof TenantReactivated) {
            directory.setActive(TenantContext.require(), true);
        } else if (event.payload() instanceof TenantOffboarded) {
            directory.offboarded(TenantContext.require());
        }
    }
}
