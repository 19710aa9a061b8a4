package org.ariadne.jobs;

/** What the work of a running job can tell: how far it got, and what it has learnt so far. */
public interface JobContext {

    String jobId();

    /** {@code done} of {@code total} units; also the job's sign of life (see {@link Jobs#INTERRUPTED_AFTER}). */
    void progress(int done, int total);

    /** Kind-specific details to show while the job runs (a record, serialised as JSON). */
    void details(Object details);
}
