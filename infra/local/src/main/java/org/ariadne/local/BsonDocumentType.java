package org.ariadne.local;

import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.Map;

import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * How the H2 store writes a collection's documents: as BSON, the wire server's own encoding, instead of H2's default for
 * values it does not know (Java serialization, a new {@code ObjectOutputStream} with every class descriptor for each
 * document). Every commit writes each page it changed whole, so a page of documents is encoded again for every change to
 * one of them, and a page read from the file is decoded whole: in the fault harness's broker outage (docs/reliability.md)
 * Java serialization was 37 % of the wire server's CPU.
 * <p>
 * A document round-trips as it does over the wire: what a client stored is what it reads back (Java serialization kept
 * the Java classes of the values as well, which no client can see, since every answer is BSON anyway).
 */
final class BsonDocumentType extends BasicDataType<Document> {

    static final BsonDocumentType INSTANCE = new BsonDocumentType();

    /** What H2 is told a document costs in memory when it is no map: its page cache and unsaved-memory counts. */
    private static final int SCALAR_BYTES = 24;

    private BsonDocumentType() {
    }

    @Override
    public void write(WriteBuffer buffer, Document document) {
        buffer.put(encode(document));
    }

    /** The document's BSON bytes. */
    static byte[] encode(Document document) {
        ByteBuf encoded = Unpooled.buffer(256);
        try {
            BsonEncoder.encodeDocument(document, encoded);
            byte[] bytes = new byte[encoded.readableBytes()];
            encoded.readBytes(bytes);
            return bytes;
        } finally {
            encoded.release();
        }
    }

    @Override
    public Document read(ByteBuffer buffer) {
        ByteBuf in = Unpooled.wrappedBuffer(buffer); // from the buffer's position; the buffer itself is not moved
        Document document = BsonDecoder.decodeBson(in);
        buffer.position(buffer.position() + in.readerIndex());
        return document;
    }

    /**
     * A rough estimate of the document's heap footprint, which H2 uses to size its page cache and to decide when unsaved
     * changes must be written: the same order as the real footprint, without encoding the document.
     */
    @Override
    public int getMemory(Document document) {
        return (int) Math.min(Integer.MAX_VALUE, estimate(document, 0));
    }

    private static long estimate(Object value, int depth) {
        if (depth > 100) { // BSON nests at most 100 levels deep (the wire server refuses deeper documents)
            return SCALAR_BYTES;
        }
        if (value instanceof String text) {
            return 40L + text.length();
        }
        if (value instanceof Map<?, ?> map) {
            long bytes = 64;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                bytes += 48 + estimate(entry.getKey(), depth + 1) + estimate(entry.getValue(), depth + 1);
            }
            return bytes;
        }
        if (value instanceof Collection<?> values) {
            long bytes = 40;
            for (Object element : values) {
                bytes += 8 + estimate(element, depth + 1);
            }
            return bytes;
        }
        if (value instanceof byte[] bytes) {
            return 16L + bytes.length;
        }
        return SCALAR_BYTES;
    }

    /**
     * H2 compares values only to tell whether a conditional replacement finds the value it expects (which the wire server
     * does not use): equal documents are 0, any others are unequal. There is no order of documents to keep.
     */
    @Override
    public int compare(Document a, Document b) {
        return a == b || a != null && a.equals(b) ? 0 : 1;
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }
}
