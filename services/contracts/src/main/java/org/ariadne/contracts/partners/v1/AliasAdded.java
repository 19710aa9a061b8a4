package org.ariadne.contracts.partners.v1;

import org.ariadne.contracts.DomainEvent;

/**
 * A printed name became an alias of an institution of the tenant or of the global registry ({@code institutionId}),
 * or, with kind {@code generic} and no institution, a generic mention. {@code key} is the folded matching key, unique
 * in the tenant. ce_subject is the key.
 */
public record AliasAdded(String tenantId, String key, String text, String kind, String institutionId,
        Boolean institutionIsGlobal) implements DomainEvent {
}
