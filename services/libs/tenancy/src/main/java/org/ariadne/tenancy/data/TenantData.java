package org.ariadne.tenancy.data;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.tenancy.TenantId;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.ariadne.tenancy.mongo.TenantDirectory;
import org.bson.BsonInvalidOperationException;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonParseException;
import org.bson.json.JsonWriterSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A tenant's whole database of this service, out and in, and its removal: what identity's export, import and
 * offboarding jobs ask of every service (lib-tenancy's platform endpoint {@code /api/platform/tenant-data/{tenant}}),
 * so no service writes code of its own for them.
 * <p>
 * The stream is JSON lines in MongoDB Extended JSON (types kept: dates, decimals, binaries, longs): a header
 * {@code {"format": "ariadne.tenant-data.v1", "service", "tenant", "exportedAt"}}, one {@code {"collection",
 * "document"}} line per document, and an end line {@code {"end": true, "documents": n}} whose count proves the stream
 * was not cut off. An import goes into a tenant that has no documents yet; every document is rewritten for its new
 * tenant (the fields {@code tenant} and {@code tenantId} that name the old one, links below {@code /api/t/<old>/}, and
 * what the libraries' {@link TenantDataRewriter}s know, such as outbox entries). A failed import leaves nothing behind.
 */
public class TenantData {

    public static final String FORMAT = "ariadne.tenant-data.v1";
    /** A document is at most 16 MB in MongoDB; as Extended JSON with base64 binaries a line stays below this. */
    static final int MAX_LINE_CHARS = 24 * 1024 * 1024;
    private static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(TenantData.class);
    private static final JsonWriterSettings JSON = JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build();

    private final TenantDatabases databases;
    private final TenantDirectory directory;
    private final Supplier<List<TenantDataRewriter>> rewriters;
    private final Supplier<List<TenantDataImported>> imported;

    public TenantData(TenantDatabases databases, TenantDirectory directory, Supplier<List<TenantDataRewriter>> rewriters,
            Supplier<List<TenantDataImported>> imported) {
        this.databases = databases;
        this.directory = directory;
        this.rewriters = rewriters;
        this.imported = imported;
    }

    /** Writes the tenant's database as a tenant data stream; the number of documents written. */
    public long export(TenantId tenant, OutputStream out) throws IOException {
        return export(tenant, out, java.util.Set.of());
    }

    /** As {@link #export(TenantId, OutputStream)}, without the {@code excluded} collections. */
    public long export(TenantId tenant, OutputStream out, java.util.Set<String> excluded) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        long count = TenantContext.callAs(tenant, () -> {
            try {
                writer.write(new Document("format", FORMAT).append("service", databases.service()).append("tenant", tenant.value())
                        .append("exportedAt", Instant.now().toString()).toJson());
                writer.write('\n');
                long n = 0;
                MongoDatabase database = databases.current();
                for (String name : collections(database)) {
                    if (excluded.contains(name)) {
                        continue;
                    }
                    for (Document document : database.getCollection(name).find()) {
                        writer.write(new Document("collection", name).append("document", document).toJson(JSON));
                        writer.write('\n');
                        n++;
                    }
                }
                writer.write(new Document("end", true).append("documents", n).toJson());
                writer.write('\n');
                return n;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.flush();
        log.info("Exported {} document(s) of tenant {} from {}", count, tenant, databases.service());
        return count;
    }

    /**
     * Imports a tenant data stream exported from tenant {@code from} into tenant {@code to}, which must have no documents
     * in this service yet. Returns the number of documents per collection.
     */
    public Map<String, Long> importInto(TenantId to, TenantId from, InputStream in) throws IOException {
        return importInto(to, from, in, java.util.Set.of());
    }

    /**
     * As {@link #importInto(TenantId, TenantId, InputStream)}; documents already in the {@code ignored} collections do
     * not make the tenant count as having data (a service's own job records of the import itself).
     */
    public Map<String, Long> importInto(TenantId to, TenantId from, InputStream in, java.util.Set<String> ignored) throws IOException {
        if (summary(to).entrySet().stream().anyMatch(e -> e.getValue() > 0 && !ignored.contains(e.getKey()))) {
            throw new TenantDataException(TenantDataException.Kind.CONFLICT, "Tenant " + to + " already has data in "
                    + databases.service() + "; data is imported into a fresh tenant only");
        }
        boolean known = directory.knownTenants().contains(to);
        if (!known) {
            directory.provision(to, to.value(), true); // its indexes; identity's TenantOnboarded may not have arrived yet
        }
        try {
            Map<String, Long> counts = TenantContext.callAs(to, () -> read(in, from, to));
            imported.get().forEach(listener -> listener.imported(to));
            log.info("Imported {} into tenant {} (exported from {}): {}", databases.service(), to, from, counts);
            return counts;
        } catch (RuntimeException e) {
            clear(to, ignored);
            if (!known) {
                // provisioned for this import only: leave no empty database behind (the Mongo wire server, unlike
                // MongoDB, keeps listing a database whose collections were all dropped)
                TenantContext.runAs(to, () -> {
                    MongoDatabase database = databases.current();
                    if (collections(database).isEmpty()) {
                        database.drop();
                    }
                });
                directory.forget(to);
            }
            log.warn("Import of {} into tenant {} failed and was undone: {}", databases.service(), to, e.getMessage());
            throw e;
        }
    }

    /**
     * Forgets the tenant and drops its database of this service (offboarding); repeating it does nothing more. The
     * tenant is marked offboarded first, and the database dropped only once every replica's copy of the directory
     * says so ({@link TenantDirectory}): a record a consumer was about to apply would otherwise bring the database
     * back.
     */
    public void drop(TenantId tenant) {
        directory.offboarded(tenant);
        try {
            Thread.sleep(directory.freshness().multipliedBy(2).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted before dropping the " + databases.service() + " database of " + tenant, e);
        }
        TenantContext.runAs(tenant, () -> databases.current().drop());
        log.info("Dropped the {} database of tenant {}", databases.service(), tenant);
    }

    /**
     * Drops the tenant's collections but {@code keep} (undoing an import whose job records stay); with nothing to keep,
     * the database itself, so that no empty database of the tenant stays listed.
     */
    public void clear(TenantId tenant, java.util.Set<String> keep) {
        TenantContext.runAs(tenant, () -> {
            MongoDatabase database = databases.current();
            List<String> names = collections(database);
            if (names.stream().noneMatch(keep::contains)) {
                database.drop();
            } else {
                names.stream().filter(name -> !keep.contains(name)).forEach(name -> database.getCollection(name).drop());
            }
        });
    }

    /** The tenant's collections and their document counts (empty when it has no database here). */
    public Map<String, Long> summary(TenantId tenant) {
        return TenantContext.callAs(tenant, () -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            MongoDatabase database = databases.current();
            for (String name : collections(database)) {
                counts.put(name, database.getCollection(name).countDocuments());
            }
            return counts;
        });
    }

    private Map<String, Long> read(InputStream in, TenantId from, TenantId to) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 64 * 1024);
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, List<Document>> batches = new LinkedHashMap<>();
        long line = 0;
        long documents = 0;
        boolean ended = false;
        try {
            Document header = parse(readLine(reader, ++line), line);
            if (header == null || !FORMAT.equals(header.getString("format"))) {
                throw malformed(line, "the stream does not start with a " + FORMAT + " header");
            }
            if (!databases.service().equals(header.getString("service")) || !from.value().equals(header.getString("tenant"))) {
                throw malformed(line, "the stream holds " + header.getString("service") + " data of tenant " + header.getString("tenant")
                        + ", not " + databases.service() + " data of tenant " + from);
            }
            String text;
            while ((text = readLine(reader, ++line)) != null) {
                if (ended) {
                    throw malformed(line, "nothing may follow the end line");
                }
                Document entry = parse(text, line);
                if (Boolean.TRUE.equals(entry.getBoolean("end"))) {
                    Number declared = entry.get("documents", Number.class);
                    if (declared == null || declared.longValue() != documents) {
                        throw malformed(line, "the end line counts " + declared + " documents, the stream held " + documents);
                    }
                    ended = true;
                    continue;
                }
                String collection = entry.getString("collection");
                Document document = entry.get("document", Document.class);
                if (collection == null || !collection.matches("[A-Za-z0-9_][A-Za-z0-9_.-]{0,100}") || collection.startsWith("system.")
                        || document == null || !document.containsKey("_id")) {
                    throw malformed(line, "a line must name a collection and hold a document with an _id");
                }
                rewrite(collection, document, from, to);
                batches.computeIfAbsent(collection, c -> new ArrayList<>()).add(document);
                counts.merge(collection, 1L, Long::sum);
                documents++;
                if (batches.get(collection).size() >= BATCH) {
                    flush(collection, batches);
                }
            }
            if (!ended) {
                throw malformed(line, "the stream ended without its end line: it was cut off");
            }
            for (String collection : new ArrayList<>(batches.keySet())) {
                flush(collection, batches);
            }
            return counts;
        } catch (IOException e) {
            throw new TenantDataException(TenantDataException.Kind.MALFORMED, "The stream could not be read to its end (line "
                    + line + "): " + e.getMessage());
        }
    }

    private void flush(String collection, Map<String, List<Document>> batches) {
        List<Document> batch = batches.remove(collection);
        if (batch != null && !batch.isEmpty()) {
            MongoCollection<Document> target = databases.current().getCollection(collection);
            target.insertMany(batch);
        }
    }

    private void rewrite(String collection, Document document, TenantId from, TenantId to) {
        replaceTenant(document, from.value(), to.value());
        for (TenantDataRewriter rewriter : rewriters.get()) {
            rewriter.rewrite(collection, document, from, to);
        }
    }

    /** The generic rule: fields named tenant/tenantId that name the old tenant, and links below /api/t/<old>/. */
    @SuppressWarnings("unchecked")
    static Object replaceTenant(Object value, String from, String to) {
        if (value instanceof Document document) {
            for (Map.Entry<String, Object> field : document.entrySet()) {
                if ((field.getKey().equals("tenant") || field.getKey().equals("tenantId")) && from.equals(field.getValue())) {
                    field.setValue(to);
                } else {
                    field.setValue(replaceTenant(field.getValue(), from, to));
                }
            }
            return document;
        }
        if (value instanceof List<?> list) {
            List<Object> items = (List<Object>) list;
            for (int i = 0; i < items.size(); i++) {
                items.set(i, replaceTenant(items.get(i), from, to));
            }
            return items;
        }
        if (value instanceof String text && text.contains("/api/t/" + from + "/")) {
            return text.replace("/api/t/" + from + "/", "/api/t/" + to + "/");
        }
        return value;
    }

    private static List<String> collections(MongoDatabase database) {
        List<String> names = new ArrayList<>();
        for (String name : database.listCollectionNames()) {
            if (!name.startsWith("system.")) {
                names.add(name);
            }
        }
        names.sort(String::compareTo);
        return names;
    }

    private static String readLine(BufferedReader reader, long line) throws IOException {
        StringBuilder text = new StringBuilder();
        int c;
        while ((c = reader.read()) != -1) {
            if (c == '\n') {
                return text.toString();
            }
            if (text.length() >= MAX_LINE_CHARS) {
                throw malformed(line, "the line is longer than " + MAX_LINE_CHARS + " characters");
            }
            text.append((char) c);
        }
        return text.length() == 0 ? null : text.toString();
    }

    private static Document parse(String text, long line) {
        if (text == null) {
            return null;
        }
        try {
            return Document.parse(text);
        } catch (JsonParseException | BsonInvalidOperationException | IllegalArgumentException e) {
            throw malformed(line, "not a JSON object (" + e.getMessage() + ")");
        }
    }

    private static TenantDataException malformed(long line, String why) {
        return new TenantDataException(TenantDataException.Kind.MALFORMED, "Line " + line + " of the tenant data stream: " + why);
    }
}
