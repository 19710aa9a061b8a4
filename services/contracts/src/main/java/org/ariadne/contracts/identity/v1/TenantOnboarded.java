package org.ariadne.contracts.identity.v1;

import java.util.List;
import java.util.Map;
import org.ariadne.contracts.DomainEvent;

/**
 * A jurisdiction became a tenant. Every service creates the tenant's database and indexes when it sees this.
 * {@code parentId} is null for a top-level jurisdiction; {@code languages} are BCP 47 tags, the first the default.
 * When the tenant was onboarded from a template, {@code template} names it ({@code country}, {@code entity},
 * {@code canton}) and {@code reporting} carries the reporting rules the template (or the operator) chose; services
 * apply what concerns them once, when the tenant has no settings of its own yet. Both are null otherwise.
 */
public record TenantOnboarded(String tenantId, String name, String parentId, List<String> languages, String currency,
        String timeZone, List<String> levelNames, String template, ReportingRules reporting) implements DomainEvent {

    /** Without a template (the plain admin API, and events from before templates existed). */
    public TenantOnboarded(String tenantId, String name, String parentId, List<String> languages, String currency,
            String timeZone, List<String> levelNames) {
        this(tenantId, name, parentId, languages, currency, timeZone, levelNames, null, null);
    }

    /**
     * How the tenant's reports count and print: the report class of each activity status ({@code implemented},
     * {@code not_started}, {@code other}), rounding ({@code truncate}, {@code half_up}) with its decimals, the decimal
     * separator, the report language and the jurisdiction label its own figures carry.
     */
    public record ReportingRules(Map<String, String> statusClasses, String rounding, Integer decimals,
            String decimalSeparator, String language, String jurisdiction) {
    }
}
