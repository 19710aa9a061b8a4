package org.ariadne.identity.onboarding;

import java.util.List;
import org.ariadne.contracts.identity.v1.TenantOnboarded.ReportingRules;

/**
 * A jurisdiction to onboard from a template: its id, name and parent, anything that differs from the template (null:
 * the template's), and the first coordinator to invite by e-mail.
 */
public record OnboardingRequest(String id, String name, String parentId, String template, List<String> languages,
        String currency, String timeZone, List<String> levelNames, ReportingRules reporting, String coordinatorEmail,
        String coordinatorName) {
}
