package org.ariadne.funding.grant;

import java.util.List;
import java.util.Optional;
import org.ariadne.contracts.DomainEvent;

/** Grants of the current tenant; state and events stored together. */
public interface GrantRepository {

    Grant insert(Grant grant, List<? extends DomainEvent> events);

    Optional<Grant> find(String grantId);

    List<Grant> all();

    /** Changes whenever a grant is registered (grants are never changed or deleted). */
    long count();
}
