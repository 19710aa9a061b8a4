package org.ariadne.monitoring.statistics.internal;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ariadne.monitoring.statistics.AnnualStatistics;
import org.ariadne.monitoring.statistics.StatisticsRepository;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/** The tenant's {@code thb_statistics} collection: one document per year ({@code _id} = the year). */
@Repository
class MongoStatisticsRepository implements StatisticsRepository {

    static final String COLLECTION = "thb_statistics";

    private final TenantDatabases databases;

    MongoStatisticsRepository(TenantDatabases databases) {
        this.databases = databases;
    }

    @Override
    public AnnualStatistics save(AnnualStatistics s) {
        AnnualStatistics.Victims v = s.victims();
        Document document = new Document("_id", s.year())
                .append("victims", new Document("total", v.total()).append("bySex", new Document(Map.copyOf(v.bySex())))
                        .append("byAgeGroup", new Document(Map.copyOf(v.byAgeGroup())))
                        .append("byExploitation", new Document(Map.copyOf(v.byExploitation())))
                        .append("byCitizenship", new Document(Map.copyOf(v.byCitizenship()))))
                .append("offences", s.offences()).append("prosecutions", s.prosecutions())
                .append("convictions", s.convictions()).append("source", s.source())
                .append("updatedAt", Date.from(s.updatedAt()));
        collection().replaceOne(eq("_id", s.year()), document, new ReplaceOptions().upsert(true));
        return toStatistics(document);
    }

    @Override
    public Optional<AnnualStatistics> find(int year) {
        return Optional.ofNullable(collection().find(eq("_id", year)).first()).map(MongoStatisticsRepository::toStatistics);
    }

    @Override
    public List<AnnualStatistics> all() {
        List<AnnualStatistics> years = new ArrayList<>();
        collection().find().sort(Sorts.ascending("_id")).forEach(d -> years.add(toStatistics(d)));
        return years;
    }

    private static AnnualStatistics toStatistics(Document d) {
        Document v = d.get("victims", Document.class);
        Object updated = d.get("updatedAt");
        Instant at = updated instanceof Date date ? date.toInstant() : updated instanceof String s ? Instant.parse(s) : null;
        return new AnnualStatistics(d.getInteger("_id"), new AnnualStatistics.Victims(v.getInteger("total"),
                counts(v, "bySex"), counts(v, "byAgeGroup"), counts(v, "byExploitation"), counts(v, "byCitizenship")),
                d.getInteger("offences"), d.getInteger("prosecutions"), d.getInteger("convictions"), d.getString("source"), at);
    }

    private static Map<String, Integer> counts(Document victims, String breakdown) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Document d = victims.get(breakdown, Document.class);
        if (d != null) {
            d.forEach((key, value) -> counts.put(key, ((Number) value).intValue()));
        }
        return counts;
    }

    private MongoCollection<Document> collection() {
        return databases.current().getCollection(COLLECTION);
    }
}
