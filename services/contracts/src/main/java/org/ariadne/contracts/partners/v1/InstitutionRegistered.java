package org.ariadne.contracts.partners.v1;

import org.ariadne.contracts.DomainEvent;

/**
 * An institution was registered in a tenant's registry (a ministry, a police directorate, an NGO …). ce_subject is
 * the institutionId. {@code kind}: government, ministry, police, prosecution, judiciary, agency, coordination_office,
 * coordination_body, independent_body, local_government, public_service, ngo, international_org, donor, collective,
 * other. {@code parentId}: the institution it is a unit of; {@code globalRef}: the global registry's institution a
 * local office stands for.
 */
public record InstitutionRegistered(String tenantId, String institutionId, String name, String nameEn, String acronym,
        String kind, String parentId, String globalRef, String iatiRef) implements DomainEvent {
}
