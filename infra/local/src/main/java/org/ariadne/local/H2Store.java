package org.ariadne.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * The H2 MVStore file behind the Mongo wire server, opened so that an idle store costs nothing.
 * <p>
 * H2's own auto-commit (what {@code new H2Backend(fileName)} gets) wakes every 100 ms and, on every wake once a second
 * has passed without a commit, asks every map of the store whether it changed: with 1,000 tenants (about 5,000 databases and their collections and
 * indexes) that took 5 % of a core on a store nobody wrote to (docs/benchmarks.md, "1,000 tenants"). Here a committer
 * wakes once a second and commits only if something was written since, which it can tell from one counter; H2's
 * background writer stays, for its housekeeping (compaction) and as the safety net for a change that registered no
 * memory, with a one-minute auto-commit delay, so it wakes every six seconds.
 * <p>
 * Durability is what it was: a write is in the file within about a second (or as soon as a megabyte of changes is
 * waiting, H2's write buffer), so a {@code kill -9} loses at most the last second; a graceful stop
 * ({@link #close()}) commits everything and closes the file.
 */
public final class H2Store implements AutoCloseable {

    /** How long a write may wait for the committer: what a kill -9 can lose. */
    static final long COMMIT_EVERY_MILLIS = 1_000;
    /** H2's background writer wakes every tenth of this: housekeeping only, the committer commits. */
    static final int H2_AUTO_COMMIT_DELAY_MILLIS = 60_000;

    private final MVStore store;
    private final H2Backend backend;
    private final ScheduledExecutorService committer;
    /** The store's unsaved-memory count at the committer's last look (the committer's thread only). */
    private int unsavedAtLastLook;

    private H2Store(MVStore store) {
        this.store = store;
        this.backend = new H2Backend(store, Clock.systemUTC());
        this.committer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "mongo-h2-committer");
            thread.setDaemon(true);
            return thread;
        });
        committer.scheduleWithFixedDelay(this::commitIfChanged, COMMIT_EVERY_MILLIS, COMMIT_EVERY_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Opens (or creates) the store in {@code file}, creating its folder if needed. */
    public static H2Store open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of " + file, e);
        }
        MVStore store = new MVStore.Builder().fileName(file.toString()).open();
        store.setAutoCommitDelay(H2_AUTO_COMMIT_DELAY_MILLIS);
        return new H2Store(store);
    }

    /** The mongo-java-server backend on this store. */
    public H2Backend backend() {
        return backend;
    }

    /**
     * Commits if anything was written since the last look. The store counts the memory its writes left unsaved and
     * subtracts what a commit saved; a commit that finds nothing to save (its own bookkeeping, or a change already in
     * the file) leaves the count where it was, so "changed since the last look" is the signal, not "above zero", which
     * would have the committer ask every map of the store once a second for nothing.
     */
    private void commitIfChanged() {
        try {
            int unsaved = store.getUnsavedMemory();
            if (!store.isClosed() && unsaved != unsavedAtLastLook) {
                store.commit();
            }
            unsavedAtLastLook = unsaved;
        } catch (RuntimeException e) {
            // a store closing under the committer, or a failed write that H2 reports on the next operation as well
            if (!store.isClosed()) {
                System.err.println("mongo-h2-committer: commit failed: " + e);
            }
        }
    }

    /** Stops the committer, then commits and closes the file (the backend closes the store). */
    @Override
    public void close() {
        committer.shutdown();
        try {
            committer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        backend.close();
    }
}
