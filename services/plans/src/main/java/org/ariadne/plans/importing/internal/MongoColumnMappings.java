package org.ariadne.plans.importing.internal;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ariadne.plans.importing.ColumnMapping;
import org.ariadne.plans.importing.ColumnMappings;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/** One document per saved mapping: {@code {_id: name, columns: {field: header alternatives}, headerRow}}. */
@Repository
class MongoColumnMappings implements ColumnMappings {

    static final String COLLECTION = "import_mappings";

    private final TenantDatabases databases;

    MongoColumnMappings(TenantDatabases databases) {
        this.databases = databases;
    }

    @Override
    public void save(ColumnMapping mapping) {
        Document document = new Document("_id", mapping.name()).append("columns", new Document(mapping.columns()))
                .append("headerRow", mapping.headerRow());
        mappings().replaceOne(eq("_id", mapping.name()), document, new ReplaceOptions().upsert(true));
    }

    @Override
    public Optional<ColumnMapping> find(String name) {
        return Optional.ofNullable(mappings().find(eq("_id", name)).first()).map(MongoColumnMappings::toMapping);
    }

    @Override
    public List<ColumnMapping> all() {
        List<ColumnMapping> all = new ArrayList<>();
        mappings().find().sort(Sorts.ascending("_id")).forEach(d -> all.add(toMapping(d)));
        return all;
    }

    private static ColumnMapping toMapping(Document d) {
        Map<String, String> columns = new LinkedHashMap<>();
        Document stored = d.get("columns", Document.class);
        if (stored != null) {
            stored.forEach((field, header) -> columns.put(field, String.valueOf(header)));
        }
        return new ColumnMapping(d.getString("_id"), columns, ((Number) d.get("headerRow")).intValue());
    }

    private MongoCollection<Document> mappings() {
        return databases.current().getCollection(COLLECTION);
    }
}
