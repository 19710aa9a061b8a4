package org.ariadne.tenancy;

/**
 * Whether a tenant accepts changes: a suspended tenant is still read (its people can look at and export their data)
 * but changes nothing until it is reactivated. The tenant filter asks before every writing request. By default the
 * answer comes from this service's tenant directory (fed by identity's TenantSuspended/TenantReactivated events);
 * identity, which owns the registry, answers from the registry itself.
 */
@FunctionalInterface
public interface TenantStanding {

    boolean acceptsWrites(TenantId tenant);
}
