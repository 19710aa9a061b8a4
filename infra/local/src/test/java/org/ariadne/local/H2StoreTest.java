package org.ariadne.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2StoreTest {

    @TempDir
    Path dir;

    /**
     * H2's background writer wakes several times a second and keeps rewriting chunks whether or not anything was
     * written; the store runs without it (the committer commits and compacts only after writes), so an idle store has
     * no H2 thread at all.
     */
    @Test
    void runsWithoutH2sBackgroundWriter() {
        try (H2Store store = H2Store.open(dir.resolve("data/mongo.mv"))) {
            store.backend(); // opened and serving
            List<String> h2Writers = Thread.getAllStackTraces().keySet().stream()
                    .map(Thread::getName)
                    .filter(name -> name.startsWith("MVStore background writer"))
                    .toList();
            assertEquals(List.of(), h2Writers);
        }
    }
}
