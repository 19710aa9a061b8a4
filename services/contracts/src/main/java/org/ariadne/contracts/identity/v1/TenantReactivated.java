package org.ariadne.contracts.identity.v1;

import org.ariadne.contracts.DomainEvent;

/** A suspended tenant is active again. */
public record TenantReactivated(String tenantId) implements DomainEvent {
}
