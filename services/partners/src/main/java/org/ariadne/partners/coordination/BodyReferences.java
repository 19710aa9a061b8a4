package org.ariadne.partners.coordination;

import java.util.Optional;

/** What a change of a body refers to outside itself, checked before it is applied. */
public interface BodyReferences {

    /** True when the id names an active institution of the tenant or of the global registry. */
    boolean isActiveInstitution(String institutionId);

    /** Another body of the tenant (for the parent body and its chain). */
    Optional<CoordinationBody> body(String bodyId);
}
