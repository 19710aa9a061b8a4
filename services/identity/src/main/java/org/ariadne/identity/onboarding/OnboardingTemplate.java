package org.ariadne.identity.onboarding;

import java.util.List;
import org.ariadne.contracts.identity.v1.TenantOnboarded.ReportingRules;

/**
 * What a new jurisdiction starts from: its languages (first = default), currency, time zone, the names of its plans'
 * levels and its reporting rules. The operator may change any of them when onboarding.
 */
public record OnboardingTemplate(String name, String description, List<String> languages, String currency, String timeZone,
        List<String> levelNames, ReportingRules reporting) {
}
