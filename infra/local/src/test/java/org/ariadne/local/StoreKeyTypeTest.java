package org.ariadne.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

class StoreKeyTypeTest {

    private static final StoreKeyType KEYS = StoreKeyType.INSTANCE;

    /** Keys of every kind an id or an index key can hold, some equal in value but not in class. */
    private static List<Object> keys() {
        ObjectId id = new ObjectId();
        return List.of("act-1", "act-2", "", 1, 1L, 2, 1.0, true, id, new ObjectId(id.toByteArray()), new ObjectId(),
                UUID.fromString("1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d"), Instant.ofEpochMilli(7),
                new Document("tenant", "ba-04").append("code", "1.1"), new Document("code", "1.1").append("tenant", "ba-04"),
                new KeyValue("ba-04", id), new KeyValue("ba-04", new ObjectId(id.toByteArray())), new KeyValue("ba-04", 1),
                new KeyValue("ba-04", 1L), new KeyValue("ba-04"), new KeyValue(new ArrayList<>(java.util.Arrays.asList((Object) null))));
    }

    @Test
    void keysAreEqualExactlyWhenTheirValuesAreOfTheSameClassesAndEqual() {
        for (Object a : keys()) {
            for (Object b : keys()) {
                assertThat(KEYS.compare(a, b) == 0).as("%s (%s) against %s (%s)", a, a.getClass().getSimpleName(), b,
                        b.getClass().getSimpleName()).isEqualTo(a.equals(b) && sameClasses(a, b));
            }
        }
    }

    @Test
    void theOrderIsConsistent() {
        List<Object> keys = keys();
        for (Object a : keys) {
            for (Object b : keys) {
                assertThat(Integer.signum(KEYS.compare(a, b))).as("%s against %s", a, b).isEqualTo(-Integer.signum(KEYS.compare(b, a)));
                for (Object c : keys) {
                    if (KEYS.compare(a, b) < 0 && KEYS.compare(b, c) < 0) {
                        assertThat(KEYS.compare(a, c)).as("%s < %s < %s", a, b, c).isNegative();
                    }
                }
            }
        }
    }

    @Test
    void everyKeyReadsBackAsItWasWritten() {
        for (Object key : keys()) {
            WriteBuffer buffer = new WriteBuffer();
            KEYS.write(buffer, key);
            KEYS.write(buffer, "after"); // a key is read to its end, no further
            ByteBuffer written = buffer.getBuffer();
            written.flip();
            Object read = KEYS.read(written);
            assertThat(read).isEqualTo(key);
            assertThat(KEYS.compare(read, key)).isZero();
            assertThat(KEYS.read(written)).isEqualTo("after");
        }
    }

    private static boolean sameClasses(Object a, Object b) {
        if (a instanceof KeyValue keyA && b instanceof KeyValue keyB) {
            for (int i = 0; i < keyA.size(); i++) {
                if (!sameClasses(keyA.get(i), keyB.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return a == null || b == null || a.getClass() == b.getClass();
    }
}
