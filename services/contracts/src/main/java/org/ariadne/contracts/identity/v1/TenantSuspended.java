package org.ariadne.contracts.identity.v1;

import org.ariadne.contracts.DomainEvent;

/** A tenant was suspended: the gateway refuses its requests and services stop its scheduled work. */
public record TenantSuspended(String tenantId, String reason) implements DomainEvent {
}
