package org.ariadne.partners.institution;

import java.util.Optional;

/** Finds the institutions a change refers to (parent units, the global registry), for the checks before it. */
public interface InstitutionLookup {

    /** A tenant institution of the current tenant, or a global one when {@code global}. */
    Optional<Institution> find(String id, boolean global);
}
