package org.ariadne.partners.settings.internal;

import org.ariadne.contracts.EventTypes;
import org.ariadne.contracts.identity.v1.TenantOnboarded;
import org.ariadne.messaging.InboundEvent;
import org.ariadne.messaging.InboundEventHandler;
import org.ariadne.partners.settings.Settings;
import org.springframework.stereotype.Component;

/** A tenant's first language (identity's TenantOnboarded) becomes the default language of its exports and reminders. */
@Component
class TenantLanguageListener implements InboundEventHandler {

    private final Settings settings;

    TenantLanguageListener(Settings settings) {
        this.settings = settings;
    }

    @Override
    public String topic() {
        return EventTypes.IDENTITY_TOPIC;
    }

    @Override
    public String id() {
        return "partners.tenant-languages";
    }

    @Override
    public void handle(InboundEvent event) {
        if (event.payload() instanceof TenantOnboarded onboarded && onboarded.languages() != null
                && !onboarded.languages().isEmpty()) {
            settings.defaultLanguage(onboarded.languages().get(0));
        }
    }
}
