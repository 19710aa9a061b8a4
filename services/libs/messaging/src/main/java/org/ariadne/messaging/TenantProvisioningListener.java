package org.ariadne.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ariadne.contracts.EventTypes;
import org.ariadne.contracts.identity.v1.TenantOnboarded;
import org.ariadne.contracts.identity.v1.TenantReactivated;
import org.ariadne.contracts.identity.v1.TenantSuspended;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.tenancy.mongo.TenantDirectory;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Every service follows identity's tenant lifecycle: an onboarded tenant gets this service's database and indexes,
 * a suspended one no more scheduled work. Replays are harmless (provisioning is idempotent).
 */
public class TenantProvisioningListener {

    private final InboundEvents inbound;
    private final TenantDirectory directory;

    public TenantProvisioningListener(InboundEvents inbound, TenantDirectory directory) {
        this.inbound = inbound;
        this.directory = directory;
    }

    @KafkaListener(id = "${spring.application.name}.tenant-provisioning", topics = EventTypes.IDENTITY_TOPIC,
            groupId = "${spring.application.name}.tenant-provisioning")
    public void on(ConsumerRecord<String, String> record) {
        inbound.decode(record).ifPresent(event -> {
            if (event.payload() instanceof TenantOnboarded onboarded) {
                directory.provision(TenantContext.require(), onboarded.name(), true);
            } else if (event.payload() instanceof TenantSuspended) {
                directory.setActive(TenantContext.require(), false);
            } else if (event.payload() instanceof TenantReactivated) {
                directory.setActive(TenantContext.require(), true);
            }
        });
    }
}
