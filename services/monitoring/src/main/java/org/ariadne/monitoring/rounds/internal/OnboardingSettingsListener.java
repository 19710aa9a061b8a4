package org.ariadne.monitoring.rounds.internal;

import org.ariadne.contracts.EventTypes;
import org.ariadne.contracts.identity.v1.TenantOnboarded;
import org.ariadne.contracts.identity.v1.TenantOnboarded.ReportingRules;
import org.ariadne.messaging.InboundEvent;
import org.ariadne.messaging.InboundEventHandler;
import org.ariadne.monitoring.rounds.ReportingSettings;
import org.ariadne.monitoring.rounds.RoundRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A tenant onboarded from a template starts with the template's reporting rules (identity's {@code TenantOnboarded}
 * carries them): they become its reporting settings, unless the tenant already has settings of its own (a replay, or
 * a coordinator who was quicker), which are never overwritten.
 */
@Component
class OnboardingSettingsListener implements InboundEventHandler {

    private static final Logger log = LoggerFactory.getLogger(OnboardingSettingsListener.class);

    private final RoundRepository rounds;

    OnboardingSettingsListener(RoundRepository rounds) {
        this.rounds = rounds;
    }

    @Override
    public String topic() {
        return EventTypes.IDENTITY_TOPIC;
    }

    @Override
    public String id() {
        return "monitoring.onboarding-settings";
    }

    @Override
    public void handle(InboundEvent event) {
        if (!(event.payload() instanceof TenantOnboarded onboarded) || onboarded.reporting() == null) {
            return;
        }
        ReportingRules rules = onboarded.reporting();
        ReportingSettings settings = new ReportingSettings(rules.statusClasses(), rules.rounding(),
                rules.decimals() == null ? ReportingSettings.defaults().decimals() : rules.decimals(), rules.decimalSeparator(),
                rules.language(), rules.jurisdiction());
        if (rounds.saveSettingsIfNone(settings)) {
            log.info("Reporting settings of {} taken from the {} template", onboarded.tenantId(), onboarded.template());
        }
    }
}
