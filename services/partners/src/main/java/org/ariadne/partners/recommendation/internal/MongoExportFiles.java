package org.ariadne.partners.recommendation.internal;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import org.ariadne.partners.recommendation.RecommendationExport;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.stereotype.Repository;

/** {@code exports} in the tenant database: each finished export's file, for download. */
@Repository
class MongoExportFiles implements RecommendationExport.ExportFiles {

    private final TenantDatabases databases;

    MongoExportFiles(TenantDatabases databases) {
        this.databases = databases;
    }

    @Override
    public String save(String fileName, String contentType, byte[] content) {
        String id = UUID.randomUUID().toString();
        exports().insertOne(new Document("_id", id).append("fileName", fileName).append("contentType", contentType)
                .append("createdAt", new Date()).append("content", new Binary(content)));
        return id;
    }

    /** The export's name, type and bytes. */
    record ExportFile(String fileName, String contentType, byte[] content) {
    }

    Optional<ExportFile> find(String id) {
        return Optional.ofNullable(exports().find(eq("_id", id)).first()).map(d -> new ExportFile(d.getString("fileName"),
                d.getString("contentType"), d.get("content", Binary.class).getData()));
    }

    private MongoCollection<Document> exports() {
        return databases.current().getCollection("exports");
    }
}
