package org.ariadne.messaging;

import org.ariadne.contracts.EventTypes;
import org.ariadne.contracts.identity.v1.ParentConsentChanged;
import org.ariadne.tenancy.parent.ParentViews;

/**
 * A service that serves parent views keeps each child's consent from identity's {@code ParentConsentChanged}, in the
 * child's own database (the record's tenant), version-guarded; a service opts in by declaring this listener as a bean.
 */
public class ParentConsentListener implements InboundEventHandler {

    private final ParentViews parentViews;
    private final String id;

    public ParentConsentListener(ParentViews parentViews, String service) {
        this.parentViews = parentViews;
        this.id = service + ".parent-consent";
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
        if (event.payload() instanceof ParentConsentChanged consent) {
            event.requireAppliable(consent.tenantId(), consent.parentId());
            if (consent.parentId().equals(consent.tenantId())) {
                throw new InvalidEventException("Event " + event.eventId() + " makes tenant " + consent.tenantId()
                        + " its own parent", null);
            }
            parentViews.recordConsent(consent.parentId(), consent.granted(), event.aggregateVersion());
        }
    }
}
