package org.ariadne.partners.settings.internal;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ariadne.contracts.EventTypes;
import org.ariadne.contracts.identity.v1.TenantOnboarded;
import org.ariadne.messaging.InboundEvents;
import org.ariadne.partners.settings.Settings;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** A tenant's first language (identity's TenantOnboarded) becomes the default language of its exports and reminders. */
@Component
class TenantLanguageListener {

    private final InboundEvents inbound;
    private final Settings settings;

    TenantLanguageListener(InboundEvents inbound, Settings settings) {
        this.inbound = inbound;
        this.settings = settings;
    }

    @KafkaListener(id = "partners.tenant-languages", topics = EventTypes.IDENTITY_TOPIC, groupId = "partners.tenant-languages")
    void on(ConsumerRecord<String, String> record) {
        inbound.decode(record).ifPresent(event -> {
            if (event.payload() instanceof TenantOnboarded onboarded && onboarded.languages() != null
                    && !onboarded.languages().isEmpty()) {
                settings.defaultLanguage(onboarded.languages().get(0));
            }
        });
    }
}
