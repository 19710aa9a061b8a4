package org.ariadne.identity.consent;

import java.util.List;
import java.util.Optional;
import org.ariadne.contracts.DomainEvent;

/** Parent consents (one per child tenant), in the platform registry. */
public interface ParentConsentRepository {

    Optional<ParentConsent> find(String tenant);

    /**
     * Stores the new state with its event: inserted when {@code expectedVersion} is 0, else only if the stored
     * consent is still at {@code expectedVersion}. False when someone else changed it meanwhile.
     */
    boolean save(ParentConsent consent, long expectedVersion, List<? extends DomainEvent> events);
}
