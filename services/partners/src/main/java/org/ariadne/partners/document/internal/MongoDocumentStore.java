package org.ariadne.partners.document.internal;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import java.util.Date;
import java.util.Optional;
import org.ariadne.partners.document.Documents;
import org.ariadne.partners.document.StoredDocument;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.stereotype.Repository;

/** {@code documents} in the tenant database: metadata and bytes in one document. */
@Repository
class MongoDocumentStore implements Documents.DocumentStore {

    private final TenantDatabases databases;

    MongoDocumentStore(TenantDatabases databases) {
        this.databases = databases;
    }

    @Override
    public void save(StoredDocument d, byte[] content) {
        documents().insertOne(new Document("_id", d.id()).append("fileName", d.fileName())
                .append("contentType", d.contentType()).append("size", d.size())
                .append("uploadedAt", Date.from(d.uploadedAt())).append("uploadedBy", d.uploadedBy())
                .append("content", new Binary(content)));
    }

    @Override
    public Optional<StoredDocument> find(String id) {
        Document d = documents().find(eq("_id", id)).projection(new Document("content", 0)).first();
        return Optional.ofNullable(d).map(doc -> new StoredDocument(doc.getString("_id"), doc.getString("fileName"),
                doc.getString("contentType"), ((Number) doc.get("size")).longValue(), doc.getDate("uploadedAt").toInstant(),
                doc.getString("uploadedBy")));
    }

    @Override
    public Optional<byte[]> content(String id) {
        Document d = documents().find(eq("_id", id)).projection(new Document("content", 1)).first();
        return Optional.ofNullable(d).map(doc -> doc.get("content", Binary.class).getData());
    }

    private MongoCollection<Document> documents() {
        return databases.current().getCollection("documents");
    }
}
