package org.ariadne.partners.institution.internal;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ariadne.contracts.DomainEvent;
import org.ariadne.messaging.Outbox;
import org.ariadne.messaging.OutboxCollection;
import org.ariadne.partners.institution.Institution;
import org.ariadne.partners.institution.InstitutionRepository;
import org.ariadne.partners.storage.BsonRecords;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.ariadne.text.TextFolding;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/**
 * Institutions in the tenant database's {@code institutions} collection (state and events in one write through the
 * outbox) and in the global registry, {@code partners__platform.institutions} (no tenant, no events; the version
 * guards concurrent administrators). {@code searchName} is the folded name, for substring search.
 */
@Repository
class MongoInstitutionRepository implements InstitutionRepository {

    static final String COLLECTION = "institutions";

    private final TenantDatabases databases;
    private final OutboxCollection institutions;
    private final MongoRegistryStamps stamps;

    MongoInstitutionRepository(TenantDatabases databases, Outbox outbox, MongoRegistryStamps stamps) {
        this.databases = databases;
        this.institutions = outbox.tenantCollection(COLLECTION);
        this.stamps = stamps;
    }

    @Override
    public Institution insert(Institution institution, List<? extends DomainEvent> events) {
        Document stored;
        try {
            stored = institutions.insert(document(institution), events);
        } finally {
            stamps.tenantChanged();
        }
        return institution.atVersion(((Number) stored.get("version")).longValue());
    }

    @Override
    public Optional<Institution> find(String id) {
        return Optional.ofNullable(tenant().find(eq("_id", id)).projection(BsonRecords.WITHOUT_OUTBOX).first())
                .map(MongoInstitutionRepository::institution);
    }

    @Override
    public List<Institution> all(String foldedText) {
        return list(tenant(), foldedText);
    }

    @Override
    public Optional<Institution> update(Institution before, Institution after, List<? extends DomainEvent> events) {
        Document stored;
        try {
            stored = institutions.update(before.id(), before.version(), BsonRecords.setState(document(after)), events);
        } finally {
            stamps.tenantChanged();
        }
        return Optional.ofNullable(stored).map(MongoInstitutionRepository::institution);
    }

    @Override
    public List<Institution> referring(String institutionId) {
        List<Institution> found = new ArrayList<>();
        for (Document d : tenant().find(or(eq("parentId", institutionId), eq("globalRef", institutionId)))
                .projection(BsonRecords.WITHOUT_OUTBOX)) {
            found.add(institution(d));
        }
        return found;
    }

    @Override
    public Institution insertGlobal(Institution institution) {
        try {
            global().insertOne(document(institution).append("version", 1L));
        } finally {
            stamps.globalChanged();
        }
        return institution.atVersion(1);
    }

    @Override
    public Optional<Institution> findGlobal(String id) {
        return Optional.ofNullable(global().find(eq("_id", id)).first()).map(MongoInstitutionRepository::institution);
    }

    @Override
    public List<Institution> allGlobal(String foldedText) {
        return list(global(), foldedText);
    }

    @Override
    public Optional<Institution> updateGlobal(Institution before, Institution after) {
        Document stored;
        try {
            stored = global().findOneAndUpdate(and(eq("_id", before.id()), eq("version", before.version())),
                    Updates.combine(BsonRecords.setState(document(after)), Updates.inc("version", 1L)),
                    new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        } finally {
            stamps.globalChanged();
        }
        return Optional.ofNullable(stored).map(MongoInstitutionRepository::institution);
    }

    private static List<Institution> list(MongoCollection<Document> collection, String foldedText) {
        Bson filter = foldedText == null ? new Document() : Filters.regex("searchName", BsonRecords.literal(foldedText));
        List<Institution> found = new ArrayList<>();
        for (Document d : collection.find(filter).projection(BsonRecords.WITHOUT_OUTBOX)) {
            found.add(institution(d));
        }
        return found;
    }

    private static Document document(Institution institution) {
        return BsonRecords.toDocument(institution, institution.id())
                .append("searchName", TextFolding.fold(institution.name() + " | " + nullToEmpty(institution.acronym())
                        + " | " + nullToEmpty(institution.nameEn())));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static Institution institution(Document d) {
        return BsonRecords.fromDocument(d, Institution.class);
    }

    private MongoCollection<Document> tenant() {
        return institutions.documents();
    }

    private MongoCollection<Document> global() {
        return databases.serviceDirectory().getCollection(COLLECTION);
    }
}
