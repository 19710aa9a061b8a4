package org.ariadne.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * The H2 MVStore file behind the Mongo wire server, opened so that an idle store costs nothing.
 * <p>
 * H2's own background writer (what {@code new H2Backend(fileName)} gets) wakes every 100 ms: it commits, and on every
 * wake once a second has passed without a commit it asks every map of the store whether it changed (with 1,000 tenants,
 * about 5,000 databases and their collections and indexes, that took 5 % of a core on a store nobody wrote to); and it
 * keeps housekeeping (rewriting partly empty chunks, moving chunks to shrink the file) whether or not anything was
 * written, which after an onboarding of 1,000 tenants still took about 1 % of a core minutes later
 * (docs/benchmarks.md, "1,000 tenants"). Here H2 has no background writer; one thread of ours, which can tell from one
 * counter whether anything was written, does both jobs only when they are due:
 * <ul>
 * <li><b>commit</b>: once a second, if something was written since its last look;</li>
 * <li><b>compaction</b>: once the writes have paused for {@link #COMPACT_AFTER_QUIET_MILLIS} (longer than H2's
 * retention time, so the chunks the writes left behind may be rewritten), or after {@link #COMPACT_AT_LEAST_EVERY_MILLIS}
 * of writes that never pause: H2 rewrites the partly empty chunks until they are {@link #TARGET_FILL_RATE} % live (as
 * its own housekeeping aims for); the chunks it empties are freed, and their space reused, by the commits of later
 * writes once H2's retention time has passed, so the file does not grow without bound. A store nobody writes to is
 * then left alone.</li>
 * </ul>
 * Every ten minutes it also commits a change that left the store's unsaved-memory count where the committer last saw
 * it (writes that cancel out exactly within a second; H2's own writer was the net for those, after a minute): that
 * look asks every map of the store, a fraction of a second at 1,000 tenants.
 * <p>
 * Durability is what it was: a write is in the file within about a second (or as soon as {@link #WRITE_BUFFER_KB} of
 * changes are waiting, H2's write buffer), so a {@code kill -9} loses at most the last second; a graceful stop
 * ({@link #close()}) commits everything and closes the file. Documents are written as BSON ({@link BsonDocumentType}).
 */
public final class H2Store implements AutoCloseable {

    /** How much unsaved change (H2's estimate, in KiB) makes a writer commit at once rather than the committer. */
    static final int WRITE_BUFFER_KB = 64 * 1024;
    /** The map that says how the store's documents are written, and its one entry. */
    static final String FORMAT_MAP = "ariadne.format";
    static final String DOCUMENTS_KEY = "documents";
    static final String DOCUMENTS_AS_BSON = "bson";
    /** How long a write may wait for the committer: what a kill -9 can lose. */
    static final long COMMIT_EVERY_MILLIS = 1_000;
    /** How long the writes must pause before the store is compacted: longer than H2's 45 s retention time. */
    static final long COMPACT_AFTER_QUIET_MILLIS = 60_000;
    /** How often the store is compacted at least while writes go on without such a pause. */
    static final long COMPACT_AT_LEAST_EVERY_MILLIS = 10 * 60_000;
    /** How much of the chunks compaction wants live (H2's own auto-compaction target). */
    static final int TARGET_FILL_RATE = 90;
    /** How much one compaction step rewrites; a step is followed by a commit. */
    private static final int REWRITE_PER_STEP_BYTES = 16 * 1024 * 1024;
    /** A bound on one compaction's steps, should H2 keep finding chunks to rewrite. */
    private static final int MAX_COMPACTION_STEPS = 64;
    /** How often the committer looks at every map for a change the unsaved-memory count did not show. */
    private static final long SAFETY_NET_EVERY_MILLIS = 10 * 60_000;

    private final MVStore store;
    private final H2Backend backend;
    private final ScheduledExecutorService committer;
    // The fields below belong to the committer's thread.
    /** The store's unsaved-memory count at the committer's last look. */
    private int unsavedAtLastLook;
    /** When the committer last committed a write, and when the first write since the last compaction was committed (0: none). */
    private long lastWriteMillis;
    private long firstWriteSinceCompactionMillis;
    private long lastSafetyNetMillis = System.currentTimeMillis();

    private H2Store(MVStore store) {
        this.store = store;
        this.backend = new BsonH2Backend(store, Clock.systemUTC());
        this.committer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "mongo-h2-committer");
            thread.setDaemon(true);
            return thread;
        });
        committer.scheduleWithFixedDelay(this::commitOrCompactIfDue, COMMIT_EVERY_MILLIS, COMMIT_EVERY_MILLIS, TimeUnit.MILLISECONDS);
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
        convertToBsonIfSerialized(file);
        // The write buffer: how much unsaved change makes a writer commit at once, in its own thread, instead of leaving it
        // to the committer's next second. At H2's default (1 MB) a burst of writes committed every hundred or so changes,
        // each commit writing again every page those changed; with 64 MB the committer's once a second is what writes,
        // each changed page once (the fault harness's broker outage: the wire server's CPU 7.8 -> 6.7 s). What a kill -9
        // can lose is still the last second.
        MVStore store = new MVStore.Builder().fileName(file.toString()).autoCommitBufferSize(WRITE_BUFFER_KB).open();
        // No background writer: the committer commits and compacts.
        store.setAutoCommitDelay(0);
        markAsBson(store);
        return new H2Store(store);
    }

    /**
     * A store written before documents were BSON (they were Java-serialized then) is converted into a new file first,
     * which then replaces it in one move: a conversion that stops half-way leaves the old file as it was, and the next
     * start converts it again. A new store is marked as BSON from the start.
     */
    private static void convertToBsonIfSerialized(Path file) {
        if (!Files.exists(file)) {
            return;
        }
        Path converted = file.resolveSibling(file.getFileName() + ".to-bson");
        long started = System.nanoTime();
        long documents = 0;
        try {
            Files.deleteIfExists(converted);
            try (MVStore serialized = new MVStore.Builder().fileName(file.toString()).readOnly().open()) {
                if (serialized.hasMap(FORMAT_MAP) && DOCUMENTS_AS_BSON.equals(serialized.<String, String>openMap(FORMAT_MAP).get(DOCUMENTS_KEY))) {
                    return;
                }
                try (MVStore bson = new MVStore.Builder().fileName(converted.toString()).open()) {
                    for (String name : serialized.getMapNames()) {
                        MVMap<Object, Object> from = serialized.openMap(name);
                        boolean documentsMap = name.startsWith(BsonH2Backend.DATA_MAP_PREFIX);
                        @SuppressWarnings({"unchecked", "rawtypes"})
                        MVMap<Object, Object> to = documentsMap ? (MVMap) BsonH2Backend.openDataMap(bson, name)
                                : BsonH2Backend.isIndexMap(name) ? BsonH2Backend.openIndexMap(bson, name) : bson.openMap(name);
                        for (Map.Entry<Object, Object> entry : from.entrySet()) {
                            to.put(entry.getKey(), entry.getValue());
                            documents += documentsMap ? 1 : 0;
                        }
                    }
                    bson.<String, String>openMap(FORMAT_MAP).put(DOCUMENTS_KEY, DOCUMENTS_AS_BSON);
                    bson.commit();
                }
            }
            Files.move(converted, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot convert " + file + " to BSON documents", e);
        }
        System.out.printf("mongo-h2: converted %s to BSON documents (%d documents) in %d ms%n", file, documents,
                (System.nanoTime() - started) / 1_000_000);
    }

    private static void markAsBson(MVStore store) {
        MVMap<String, String> format = store.openMap(FORMAT_MAP);
        if (!DOCUMENTS_AS_BSON.equals(format.get(DOCUMENTS_KEY))) {
            format.put(DOCUMENTS_KEY, DOCUMENTS_AS_BSON);
            store.commit();
        }
    }

    /** The mongo-java-server backend on this store. */
    public H2Backend backend() {
        return backend;
    }

    private void commitOrCompactIfDue() {
        try {
            if (store.isClosed()) {
                return;
            }
            long now = System.currentTimeMillis();
            if (commitIfChanged()) {
                lastWriteMillis = now;
                if (firstWriteSinceCompactionMillis == 0) {
                    firstWriteSinceCompactionMillis = now;
                }
            }
            if (firstWriteSinceCompactionMillis != 0 && (now - lastWriteMillis >= COMPACT_AFTER_QUIET_MILLIS
                    || now - firstWriteSinceCompactionMillis >= COMPACT_AT_LEAST_EVERY_MILLIS)) {
                compact();
                firstWriteSinceCompactionMillis = 0;
            }
            if (now - lastSafetyNetMillis >= SAFETY_NET_EVERY_MILLIS) {
                lastSafetyNetMillis = now;
                if (store.hasUnsavedChanges()) {
                    store.commit();
                }
            }
        } catch (RuntimeException e) {
            // a store closing under the committer, or a failed write that H2 reports on the next operation as well
            if (!store.isClosed()) {
                System.err.println("mongo-h2-committer: " + e);
            }
        }
    }

    /**
     * Commits if anything was written since the last look. The store counts the memory its writes left unsaved and
     * subtracts what a commit saved; a commit that finds nothing to save (its own bookkeeping, or a change already in
     * the file) leaves the count where it was, so "changed since the last look" is the signal, not "above zero", which
     * would have the committer ask every map of the store once a second for nothing.
     */
    private boolean commitIfChanged() {
        int unsaved = store.getUnsavedMemory();
        boolean changed = unsaved != unsavedAtLastLook;
        if (changed) {
            store.commit();
        }
        unsavedAtLastLook = unsaved;
        return changed;
    }

    /**
     * Rewrites partly empty chunks step by step, each step committed. The chunks it empties are freed (and their space
     * reused) by a later commit that writes, once H2's retention time has passed: a store nobody writes to keeps them.
     */
    private void compact() {
        long started = System.nanoTime();
        int steps = 0;
        // a closing store stops compacting between steps (close() waits for the committer)
        while (steps < MAX_COMPACTION_STEPS && !committer.isShutdown() && store.compact(TARGET_FILL_RATE, REWRITE_PER_STEP_BYTES)) {
            store.commit();
            steps++;
        }
        store.commit();
        unsavedAtLastLook = store.getUnsavedMemory(); // compaction's own writes are not a write to compact after
        System.out.printf("mongo-h2-committer: compacted the store after writes in %d steps, %d ms; file %d MiB, %d %% live%n",
                steps, (System.nanoTime() - started) / 1_000_000, store.getFileStore().size() / (1024 * 1024), store.getFillRate());
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
