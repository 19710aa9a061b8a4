package org.ariadne.identity.lifecycle;

import java.time.Instant;
import java.util.Optional;

/**
 * What the lifecycle remembers of a tenant between steps ({@code platform__registry.tenant_lifecycle}): its last
 * export (and whether it was taken while the tenant was suspended, at which registry version, and whether its archive
 * was downloaded) and a pending offboarding request.
 */
public interface LifecycleRecords {

    record Export(String jobId, Instant startedAt, long tenantVersion, boolean suspended, Instant finishedAt, String sha256,
            Instant downloadedAt) {
    }

    record OffboardingRequest(String tokenHash, String phrase, String reason, String requestedBy, Instant expiresAt) {
    }

    record State(String tenant, Export lastExport, OffboardingRequest offboarding) {
    }

    Optional<State> find(String tenant);

    void exportStarted(String tenant, String jobId, long tenantVersion, boolean suspended, Instant at);

    void exportFinished(String tenant, String jobId, String sha256, Instant at);

    void exportDownloaded(String tenant, String jobId, Instant at);

    void offboardingRequested(String tenant, OffboardingRequest request);

    void remove(String tenant);
}
