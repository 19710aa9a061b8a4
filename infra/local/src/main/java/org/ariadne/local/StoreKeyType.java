package org.ariadne.local;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

/**
 * How the H2 store orders and writes the keys of its maps: a collection's document ids, and the key values of its
 * indexes (every collection has at least the unique {@code _id} index). H2's default for a class it does not know —
 * mongo-java-server's {@link KeyValue}, its {@link ObjectId} — is Java serialization, and for a class that is not
 * {@link Comparable} (a {@code KeyValue}) it compares two keys by serializing both: every step of every B-tree lookup in
 * an index cost two new {@code ObjectOutputStream}s. Here a key is compared by its values, and written compactly.
 * <p>
 * Two keys are equal when their values are of the same classes and equal one by one, as their serialized forms were;
 * the order among unequal keys is only a consistent one (nothing reads an index in key order for its meaning).
 */
final class StoreKeyType extends BasicDataType<Object> {

    static final StoreKeyType INSTANCE = new StoreKeyType();

    private static final byte OTHER = 0;
    private static final byte OBJECT_ID = 1;
    private static final byte KEY_VALUE = 2;
    private static final byte DOCUMENT = 3;

    /** H2's own type for everything else: it writes strings, numbers, booleans, dates and nulls compactly itself. */
    private final ObjectDataType others = new ObjectDataType();

    private StoreKeyType() {
    }

    @Override
    public int compare(Object a, Object b) {
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? -1 : 1;
        }
        if (a instanceof KeyValue keyA && b instanceof KeyValue keyB) {
            if (keyA.size() != keyB.size()) {
                return Integer.compare(keyA.size(), keyB.size());
            }
            for (int i = 0; i < keyA.size(); i++) {
                int order = compare(keyA.get(i), keyB.get(i));
                if (order != 0) {
                    return order;
                }
            }
            return 0;
        }
        if (a.getClass() != b.getClass()) {
            int byClass = a.getClass().getName().compareTo(b.getClass().getName());
            return byClass != 0 ? byClass : others.compare(a, b);
        }
        if (a instanceof Document documentA) {
            return ObjectDataType.compareNotNull(BsonDocumentType.encode(documentA), BsonDocumentType.encode((Document) b));
        }
        if (a instanceof Comparable<?>) {
            @SuppressWarnings("unchecked")
            Comparable<Object> comparable = (Comparable<Object>) a;
            return comparable.compareTo(b);
        }
        return others.compare(a, b); // H2's comparison (for a class it does not know: of the serialized forms)
    }

    @Override
    public void write(WriteBuffer buffer, Object key) {
        if (key instanceof ObjectId id) {
            buffer.put(OBJECT_ID).put(id.toByteArray());
        } else if (key instanceof KeyValue values) {
            buffer.put(KEY_VALUE).putVarInt(values.size());
            for (Object value : values) {
                write(buffer, value);
            }
        } else if (key instanceof Document document) {
            buffer.put(DOCUMENT);
            BsonDocumentType.INSTANCE.write(buffer, document);
        } else {
            buffer.put(OTHER);
            others.write(buffer, key);
        }
    }

    @Override
    public Object read(ByteBuffer buffer) {
        byte kind = buffer.get();
        switch (kind) {
            case OBJECT_ID -> {
                byte[] id = new byte[12];
                buffer.get(id);
                return new ObjectId(id);
            }
            case KEY_VALUE -> {
                int size = DataUtils.readVarInt(buffer);
                List<Object> values = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    values.add(read(buffer));
                }
                return new KeyValue(values);
            }
            case DOCUMENT -> {
                return BsonDocumentType.INSTANCE.read(buffer);
            }
            case OTHER -> {
                return others.read(buffer);
            }
            default -> throw new IllegalStateException("unknown key kind " + kind + " in the store");
        }
    }

    @Override
    public int getMemory(Object key) {
        if (key instanceof KeyValue values) {
            int bytes = 40;
            for (Object value : values) {
                bytes += 8 + getMemory(value);
            }
            return bytes;
        }
        if (key instanceof Document document) {
            return BsonDocumentType.INSTANCE.getMemory(document);
        }
        return key instanceof String text ? 40 + text.length() : 24;
    }

    @Override
    public Object[] createStorage(int size) {
        return new Object[size];
    }
}
