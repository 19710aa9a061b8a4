package org.ariadne.funding.money.internal;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lte;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ariadne.funding.money.CurrencyCode;
import org.ariadne.funding.money.ExchangeRate;
import org.ariadne.funding.money.RateRepository;
import org.ariadne.funding.money.RateSource;
import org.ariadne.funding.money.RateTable;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/**
 * Rates in the tenant database's {@code exchange_rates}: one document per currency and year,
 * {@code {_id: "USD:2023", currency, year, ecb: {"2023-01-02": "1.0683", …}, manual: {…}, revision}} ({@code revision}
 * counts the writes, for {@link #stamp()}), so the ECB's full history
 * (about 7,000 days × 30 currencies) is a thousand documents and one conversion reads only its currencies.
 */
@Repository
class MongoRateRepository implements RateRepository {

    static final String COLLECTION = "exchange_rates";

    private final TenantDatabases databases;

    MongoRateRepository(TenantDatabases databases) {
        this.databases = databases;
    }

    @Override
    public RateTable table(Collection<CurrencyCode> currencies) {
        List<String> codes = currencies.stream().map(CurrencyCode::code).toList();
        List<ExchangeRate> rates = new ArrayList<>();
        for (Document d : rates().find(in("currency", codes))) {
            rates.addAll(read(d));
        }
        return new RateTable(rates);
    }

    @Override
    public void saveEcb(List<ExchangeRate> rates) {
        Map<String, List<Bson>> byDocument = new LinkedHashMap<>();
        for (ExchangeRate rate : rates) {
            byDocument.computeIfAbsent(key(rate.currency(), rate.date().getYear()), k -> new ArrayList<>())
                    .add(Updates.set("ecb." + rate.date(), rate.unitsPerEuro().toPlainString()));
        }
        List<WriteModel<Document>> writes = new ArrayList<>();
        byDocument.forEach((id, sets) -> {
            String[] parts = id.split(":");
            List<Bson> update = new ArrayList<>(sets);
            update.add(Updates.set("currency", parts[0]));
            update.add(Updates.set("year", Integer.parseInt(parts[1])));
            update.add(Updates.inc("revision", 1));
            writes.add(new UpdateOneModel<>(eq("_id", id), Updates.combine(update), new UpdateOptions().upsert(true)));
        });
        for (int from = 0; from < writes.size(); from += 200) {
            rates().bulkWrite(writes.subList(from, Math.min(writes.size(), from + 200)));
        }
    }

    @Override
    public void saveManual(ExchangeRate rate) {
        rates().updateOne(eq("_id", key(rate.currency(), rate.date().getYear())), Updates.combine(
                Updates.set("manual." + rate.date(), rate.unitsPerEuro().toPlainString()),
                Updates.set("currency", rate.currency().code()), Updates.set("year", rate.date().getYear()),
                Updates.inc("revision", 1)),
                new UpdateOptions().upsert(true));
    }

    @Override
    public List<ExchangeRate> list(CurrencyCode currency, LocalDate from, LocalDate to) {
        List<ExchangeRate> found = new ArrayList<>();
        for (Document d : rates().find(and(eq("currency", currency.code()), gte("year", from.getYear()), lte("year", to.getYear())))) {
            for (ExchangeRate rate : read(d)) {
                if (!rate.date().isBefore(from) && !rate.date().isAfter(to)) {
                    found.add(rate);
                }
            }
        }
        found.sort(Comparator.comparing(ExchangeRate::date).thenComparing(ExchangeRate::source));
        return found;
    }

    @Override
    public String stamp() {
        Document stamp = rates().aggregate(List.of(new Document("$group", new Document("_id", null)
                .append("documents", new Document("$sum", 1)).append("revisions", new Document("$sum", "$revision")))))
                .first();
        return stamp == null ? "0:0" : ((Number) stamp.get("documents")).longValue() + ":"
                + ((Number) stamp.get("revisions")).longValue();
    }

    private static List<ExchangeRate> read(Document d) {
        List<ExchangeRate> rates = new ArrayList<>();
        CurrencyCode currency = CurrencyCode.of(d.getString("currency"));
        for (String source : List.of("ecb", "manual")) {
            Document byDate = d.get(source, Document.class);
            if (byDate == null) {
                continue;
            }
            RateSource rateSource = "ecb".equals(source) ? RateSource.ECB : RateSource.MANUAL;
            byDate.forEach((date, value) -> rates.add(new ExchangeRate(currency, LocalDate.parse(date),
                    new BigDecimal((String) value), rateSource)));
        }
        return rates;
    }

    private static String key(CurrencyCode currency, int year) {
        return currency.code() + ":" + year;
    }

    private MongoCollection<Document> rates() {
        return databases.current().getCollection(COLLECTION);
    }
}
