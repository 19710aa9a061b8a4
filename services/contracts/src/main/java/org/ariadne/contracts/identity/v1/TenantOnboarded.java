package org.ariadne.contracts.identity.v1;

import java.util.List;
import org.ariadne.contracts.DomainEvent;

/**
 * A jurisdiction became a tenant. Every service creates the tenant's database and indexes when it sees this.
 * {@code parentId} is null for a top-level jurisdiction; {@code languages} are BCP 47 tags, the first the default.
 */
public record TenantOnboarded(String tenantId, String name, String parentId, List<String> languages, String currency,
        String timeZone, List<String> levelNames) implements DomainEvent {
}
