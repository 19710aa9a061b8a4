package org.ariadne.identity.lifecycle;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.bson.Document;

/**
 * The export archive of a tenant: a ZIP with one JSON-lines file per service ({@code services/<service>.ndjson}, the
 * service's tenant data stream), the tenant's memberships ({@code identity/memberships.json}) and, last,
 * {@code manifest.json}: the tenant's registry entry, when and by whom it was exported, and every file's SHA-256 and
 * size. Reading checks every checksum against the manifest before anything is imported.
 */
public final class TenantArchive {

    public static final String FORMAT = "ariadne.tenant-export.v1";
    public static final String MANIFEST = "manifest.json";
    public static final String MEMBERSHIPS = "identity/memberships.json";

    private TenantArchive() {
    }

    /** Writes an archive: add files, then {@link Writer#finish(Document)} with the manifest's tenant fields. */
    public static final class Writer {
        private final ZipOutputStream zip;
        private final List<Document> files = new ArrayList<>();

        public Writer(OutputStream out) {
            this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        }

        /** Adds a file whose content {@code content} writes; its checksum and size go into the manifest. */
        public void add(String path, String service, Content content) throws IOException {
            zip.putNextEntry(new ZipEntry(path));
            MessageDigest sha = sha256();
            long[] bytes = new long[1];
            OutputStream entry = new FilterOutputStream(zip) {
                @Override
                public void write(int b) throws IOException {
                    zip.write(b);
                    sha.update((byte) b);
                    bytes[0]++;
                }

                @Override
                public void write(byte[] data, int off, int len) throws IOException {
                    zip.write(data, off, len);
                    sha.update(data, off, len);
                    bytes[0] += len;
                }

                @Override
                public void close() {
                    // the entry ends below; the archive stays open
                }
            };
            content.writeTo(entry);
            zip.closeEntry();
            files.add(new Document("path", path).append("service", service).append("sha256", HexFormat.of().formatHex(sha.digest()))
                    .append("bytes", bytes[0]));
        }

        /** Writes the manifest ({@code tenant} fields plus format and files) and ends the archive. */
        public Document finish(Document tenant) throws IOException {
            Document manifest = new Document("format", FORMAT).append("tenant", tenant).append("files", files);
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(manifest.toJson().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return manifest;
        }
    }

    /** What a file's content is written by. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Reads the archive once, hashing every file, and checks it against its manifest: the manifest; or an
     * {@link IllegalArgumentException} saying what is wrong (not an archive, no manifest, a file missing, altered or
     * unlisted).
     */
    public static Document verify(InputStream in) throws IOException {
        Map<String, String> hashes = new LinkedHashMap<>();
        Document manifest = null;
        try (ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (MANIFEST.equals(entry.getName())) {
                    byte[] json = zip.readNBytes(5 * 1024 * 1024);
                    try {
                        manifest = Document.parse(new String(json, StandardCharsets.UTF_8));
                    } catch (RuntimeException e) {
                        throw new IllegalArgumentException("manifest.json is not readable JSON");
                    }
                } else {
                    MessageDigest sha = sha256();
                    new DigestInputStream(zip, sha).transferTo(OutputStream.nullOutputStream());
                    hashes.put(entry.getName(), HexFormat.of().formatHex(sha.digest()));
                }
            }
        }
        if (manifest == null) {
            throw new IllegalArgumentException(hashes.isEmpty() ? "the upload is not a ZIP archive" : "the archive has no " + MANIFEST);
        }
        if (!FORMAT.equals(manifest.getString("format"))) {
            throw new IllegalArgumentException("the archive is not an Ariadne tenant export (" + FORMAT + ")");
        }
        Map<String, String> listed = new LinkedHashMap<>();
        for (Document file : manifest.getList("files", Document.class, List.of())) {
            listed.put(file.getString("path"), file.getString("sha256"));
        }
        for (Map.Entry<String, String> file : listed.entrySet()) {
            if (!hashes.containsKey(file.getKey())) {
                throw new IllegalArgumentException(file.getKey() + " is listed in the manifest but missing from the archive");
            }
            if (!hashes.get(file.getKey()).equals(file.getValue())) {
                throw new IllegalArgumentException(file.getKey() + " does not match its checksum in the manifest: the archive was"
                        + " altered or damaged");
            }
        }
        for (String path : hashes.keySet()) {
            if (!listed.containsKey(path)) {
                throw new IllegalArgumentException(path + " is in the archive but not in its manifest");
            }
        }
        return manifest;
    }

    /** Reads the archive's files in order; each one's stream ends with the file (closing it closes nothing). */
    public static void read(InputStream in, FileReader reader) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                reader.read(entry.getName(), new FilterInputStream(zip) {
                    @Override
                    public void close() {
                        // the next entry follows
                    }
                });
            }
        }
    }

    /** Reads one file of the archive. */
    @FunctionalInterface
    public interface FileReader {
        void read(String path, InputStream content) throws IOException;
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
