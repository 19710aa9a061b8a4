package org.ariadne.jobs;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Date;
import java.util.Optional;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * Files jobs produce, in the tenant's database as GridFS does it: a {@code job_files} document per file and its bytes
 * in {@code job_file_chunks} of {@value #CHUNK_SIZE} bytes, written and read a chunk at a time, so a file of tens of
 * megabytes never sits whole in memory nor hits the 16 MB document limit.
 */
public class JobFiles {

    static final String FILES = "job_files";
    static final String CHUNKS = "job_file_chunks";
    static final int CHUNK_SIZE = 255 * 1024;

    private final TenantDatabases databases;

    public JobFiles(TenantDatabases databases) {
        this.databases = databases;
    }

    /** A stored file: its name, media type, size, and a way to stream its bytes. */
    public record StoredFile(String fileName, String mediaType, long size, Streamer content) {
    }

    /** Writes the file's bytes to a stream, chunk by chunk. */
    @FunctionalInterface
    public interface Streamer {
        void writeTo(OutputStream out) throws IOException;
    }

    long store(String fileId, String fileName, String mediaType, JobOutcome.FileWriter writer) throws IOException {
        chunks().deleteMany(eq("fileId", fileId));
        ChunkingStream out = new ChunkingStream(fileId);
        writer.writeTo(out);
        out.close();
        files().insertOne(new Document("_id", fileId).append("fileName", fileName).append("mediaType", mediaType)
                .append("size", out.size).append("chunks", out.n).append("createdAt", new Date()));
        return out.size;
    }

    Optional<StoredFile> find(String fileId) {
        Document file = files().find(eq("_id", fileId)).first();
        if (file == null) {
            return Optional.empty();
        }
        // The chunks are read when the response is written, in the tenant's context of that moment.
        MongoCollection<Document> chunks = chunks();
        return Optional.of(new StoredFile(file.getString("fileName"), file.getString("mediaType"),
                file.get("size", Number.class).longValue(), out -> {
                    for (Document chunk : chunks.find(eq("fileId", fileId)).sort(Sorts.ascending("n"))) {
                        out.write(chunk.get("data", Binary.class).getData());
                    }
                }));
    }

    private MongoCollection<Document> files() {
        return databases.current().getCollection(FILES);
    }

    private MongoCollection<Document> chunks() {
        return databases.current().getCollection(CHUNKS);
    }

    private final class ChunkingStream extends OutputStream {
        private final String fileId;
        private final byte[] buffer = new byte[CHUNK_SIZE];
        private int filled;
        private int n;
        private long size;
        private final MongoCollection<Document> chunks = chunks();

        ChunkingStream(String fileId) {
            this.fileId = fileId;
        }

        @Override
        public void write(int b) {
            buffer[filled++] = (byte) b;
            size++;
            if (filled == CHUNK_SIZE) {
                flushChunk();
            }
        }

        @Override
        public void write(byte[] bytes, int off, int len) {
            while (len > 0) {
                int take = Math.min(len, CHUNK_SIZE - filled);
                System.arraycopy(bytes, off, buffer, filled, take);
                filled += take;
                size += take;
                off += take;
                len -= take;
                if (filled == CHUNK_SIZE) {
                    flushChunk();
                }
            }
        }

        @Override
        public void close() {
            if (filled > 0) {
                flushChunk();
            }
        }

        private void flushChunk() {
            byte[] data = java.util.Arrays.copyOf(buffer, filled);
            try {
                chunks.insertOne(new Document("_id", fileId + ":" + n).append("fileId", fileId).append("n", n)
                        .append("data", new Binary(data)));
            } catch (RuntimeException e) {
                throw new UncheckedIOException(new IOException("Could not store chunk " + n + " of " + fileId, e));
            }
            n++;
            filled = 0;
        }
    }
}
