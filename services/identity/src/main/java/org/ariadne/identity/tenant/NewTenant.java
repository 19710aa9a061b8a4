package org.ariadne.identity.tenant;

import java.util.List;
import org.ariadne.contracts.identity.v1.TenantOnboarded.ReportingRules;

/**
 * What a platform admin provides to onboard a jurisdiction; {@code template} and {@code reporting} when it is
 * onboarded from a template (both null otherwise).
 */
public record NewTenant(String id, String name, String parentId, List<String> languages, String currency,
        String timeZone, List<String> levelNames, String template, ReportingRules reporting) {

    public NewTenant(String id, String name, String parentId, List<String> languages, String currency, String timeZone,
            List<String> levelNames) {
        this(id, name, parentId, languages, currency, timeZone, levelNames, null, null);
    }
}
