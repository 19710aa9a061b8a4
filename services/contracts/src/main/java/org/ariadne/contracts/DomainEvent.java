package org.ariadne.contracts;

/**
 * Every event on the wire belongs to exactly one tenant, named in its payload as well as in the {@code ce_tenant}
 * header and the record key; consumers check that they agree.
 */
public interface DomainEvent {
    String tenantId();
}
