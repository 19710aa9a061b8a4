package org.ariadne.partners.institution;

/**
 * Where the registry stands: a counter per tenant and one for the global registry, each moved by every write of its
 * institutions or aliases (in any replica), so what was built from the registry can be kept until a stamp moves.
 */
public interface RegistryStamps {

    /** The tenant's counter and the global registry's. */
    record Stamp(long tenant, long global) {
    }

    /** The current tenant's stamp (two reads by key). */
    Stamp current();
}
