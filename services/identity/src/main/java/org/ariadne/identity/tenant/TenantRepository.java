package org.ariadne.identity.tenant;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ariadne.contracts.DomainEvent;

/** Where the tenant registry is kept (the platform registry database, shared with the gateway). */
public interface TenantRepository {

    Optional<Tenant> find(String id);

    List<Tenant> all();

    /** The ACTIVE tenants whose parent is {@code parentId}, by id. */
    List<Tenant> activeChildrenOf(String parentId);

    /** Inserts a new tenant (onboarded from {@code template}, or null) with its events; false when the id is taken. */
    boolean insert(Tenant tenant, String template, List<? extends DomainEvent> events);

    /**
     * Sets the status (and reason) if the tenant is still at {@code expectedVersion}, appending the events.
     *
     * @return the tenant after the change, or empty when its version moved or it is gone
     */
    Optional<Tenant> changeStatus(String id, long expectedVersion, TenantStatus status, String reason,
            List<? extends DomainEvent> events);

    /** Removes the tenant from the registry (offboarded; or an import that failed). */
    void remove(String id);

    /** Which of the given ids name ACTIVE tenants. */
    Set<String> activeAmong(Collection<String> ids);
}
