package org.ariadne.plans.importing;

import java.util.Optional;

/** Import jobs of the current tenant (collection {@code import_jobs} in the tenant database). */
public interface ImportJobStore {

    void insert(ImportJob job);

    /** Replaces the job's state (jobs have one writer: the task running them). */
    void save(ImportJob job);

    Optional<ImportJob> find(String jobId);
}
