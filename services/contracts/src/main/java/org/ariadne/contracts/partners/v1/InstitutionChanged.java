package org.ariadne.contracts.partners.v1;

import org.ariadne.contracts.DomainEvent;

/** An institution's fields changed; carries its whole new state (status active or retired). ce_subject is the institutionId. */
public record InstitutionChanged(String tenantId, String institutionId, String name, String nameEn, String acronym,
        String kind, String parentId, String globalRef, String iatiRef, String status) implements DomainEvent {
}
