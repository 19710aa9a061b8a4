package org.ariadne.partners.institution;

import java.util.List;
import java.util.Optional;
import org.ariadne.contracts.DomainEvent;

/**
 * Institutions of the current tenant (with their events, atomically) and of the platform's global registry (which
 * has no tenant and publishes nothing).
 */
public interface InstitutionRepository {

    Institution insert(Institution institution, List<? extends DomainEvent> events);

    Optional<Institution> find(String id);

    /** Tenant institutions, optionally only those whose folded name contains {@code foldedText}. */
    List<Institution> all(String foldedText);

    /** The institution after the change, or empty when its version moved. */
    Optional<Institution> update(Institution before, Institution after, List<? extends DomainEvent> events);

    /** Tenant institutions whose parent or global reference is {@code institutionId}. */
    List<Institution> referring(String institutionId);

    Institution insertGlobal(Institution institution);

    Optional<Institution> findGlobal(String id);

    List<Institution> allGlobal(String foldedText);

    Optional<Institution> updateGlobal(Institution before, Institution after);
}
