package org.ariadne.funding.line.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ariadne.funding.line.ActivityLink;
import org.ariadne.funding.line.ActivityRef;
import org.ariadne.funding.line.Allocation;
import org.ariadne.funding.line.AllocationStatus;
import org.ariadne.funding.line.BudgetLine;
import org.ariadne.funding.line.CoFinancing;
import org.ariadne.funding.line.FundingSource;
import org.ariadne.funding.line.InstitutionRef;
import org.ariadne.funding.line.LineFields;
import org.ariadne.funding.line.Origin;
import org.ariadne.funding.line.SourceKind;
import org.ariadne.funding.line.Transaction;
import org.ariadne.funding.line.TransactionType;
import org.ariadne.funding.money.CurrencyCode;
import org.ariadne.funding.money.Money;
import org.bson.Document;

/**
 * A line as one BSON document: {@code {_id, code, title, currency, holder, source, coFinancing, grantId, origin,
 * provenance, allocations[], links[], linkTenants[], transactions[], createdAt, updatedAt, version, outbox…}}. Amounts
 * are stored as plain decimal strings (exact, readable in a dump); {@code linkTenants} lists the tenants the line's
 * activities belong to, so a descendant's view finds the lines linked to it by index.
 */
final class LineDocuments {

    /** The outbox fields are the relay's: never read into the aggregate. */
    static final Document STATE = new Document("code", 1).append("title", 1).append("currency", 1).append("holder", 1)
            .append("source", 1).append("coFinancing", 1).append("grantId", 1).append("origin", 1).append("provenance", 1)
            .append("allocations", 1).append("links", 1).append("transactions", 1).append("createdAt", 1)
            .append("updatedAt", 1).append("version", 1);

    private LineDocuments() {
    }

    static Document fields(BudgetLine line) {
        LineFields f = line.fields();
        return new Document("code", f.code()).append("title", f.title()).append("currency", f.currency().code())
                .append("holder", institution(f.holder()))
                .append("source", new Document("kind", f.source().kind().wire()).append("programme", f.source().programme())
                        .append("funder", institution(f.source().funder())))
                .append("coFinancing", f.coFinancing() == null ? null : new Document("group", f.coFinancing().group())
                        .append("sharePct", plain(f.coFinancing().declaredSharePct())))
                .append("grantId", f.grantId());
    }

    static Document toDocument(BudgetLine line) {
        Document document = new Document("_id", line.id()).append("origin", line.origin().wire())
                .append("provenance", line.provenance()).append("createdAt", Date.from(line.createdAt()))
                .append("updatedAt", Date.from(line.updatedAt())).append("allocations", allocations(line))
                .append("links", links(line)).append("linkTenants", linkTenants(line))
                .append("transactions", transactions(line));
        document.putAll(fields(line));
        return document;
    }

    static List<Document> allocations(BudgetLine line) {
        List<Document> out = new ArrayList<>();
        for (Allocation a : line.allocations()) {
            out.add(new Document("year", a.year()).append("amount", plain(a.amount())).append("status", a.status().wire()));
        }
        return out;
    }

    static List<Document> links(BudgetLine line) {
        List<Document> out = new ArrayList<>();
        for (ActivityLink l : line.links()) {
            out.add(new Document("tenant", l.activity().tenant()).append("planId", l.activity().planId())
                    .append("activityId", l.activity().activityId()).append("code", l.activity().code())
                    .append("sharePct", plain(l.sharePct())).append("origin", l.origin().wire())
                    .append("confidence", l.confidence()));
        }
        return out;
    }

    static List<String> linkTenants(BudgetLine line) {
        Set<String> tenants = new LinkedHashSet<>();
        line.links().forEach(l -> tenants.add(l.activity().tenant()));
        return new ArrayList<>(tenants);
    }

    static List<Document> transactions(BudgetLine line) {
        List<Document> out = new ArrayList<>();
        for (Transaction t : line.transactions()) {
            out.add(new Document("id", t.id()).append("type", t.type().wire()).append("amount", t.amount().amount().toPlainString())
                    .append("currency", t.amount().currency().code()).append("date", t.date().toString())
                    .append("valueDate", t.valueDate().toString()).append("provider", institution(t.provider()))
                    .append("receiver", institution(t.receiver())).append("description", t.description())
                    .append("evidence", t.evidence())
                    .append("reversedOn", t.reversal() == null ? null : t.reversal().on().toString())
                    .append("reversalReason", t.reversal() == null ? null : t.reversal().reason()));
        }
        return out;
    }

    static BudgetLine toLine(Document d) {
        Document source = d.get("source", Document.class);
        Document co = d.get("coFinancing", Document.class);
        LineFields fields = new LineFields(d.getString("code"), d.getString("title"), CurrencyCode.of(d.getString("currency")),
                institution(d.get("holder", Document.class)), new FundingSource(SourceKind.fromWire(source.getString("kind"))
                        .orElse(SourceKind.OTHER), source.getString("programme"), institution(source.get("funder", Document.class))),
                co == null ? null : new CoFinancing(co.getString("group"), decimal(co.getString("sharePct"))),
                d.getString("grantId"));
        List<Allocation> allocations = new ArrayList<>();
        for (Document a : d.getList("allocations", Document.class, List.of())) {
            Number year = a.get("year", Number.class);
            allocations.add(new Allocation(year == null ? null : year.intValue(), decimal(a.getString("amount")),
                    AllocationStatus.fromWire(a.getString("status")).orElseThrow()));
        }
        List<ActivityLink> links = new ArrayList<>();
        for (Document l : d.getList("links", Document.class, List.of())) {
            links.add(new ActivityLink(new ActivityRef(l.getString("tenant"), l.getString("planId"), l.getString("activityId"),
                    l.getString("code")), decimal(l.getString("sharePct")), origin(l.getString("origin")), l.getString("confidence")));
        }
        List<Transaction> transactions = new ArrayList<>();
        for (Document t : d.getList("transactions", Document.class, List.of())) {
            String reversedOn = t.getString("reversedOn");
            transactions.add(new Transaction(t.getString("id"), TransactionType.fromWire(t.getString("type")).orElseThrow(),
                    new Money(new BigDecimal(t.getString("amount")), CurrencyCode.of(t.getString("currency"))),
                    LocalDate.parse(t.getString("date")), LocalDate.parse(t.getString("valueDate")),
                    institution(t.get("provider", Document.class)), institution(t.get("receiver", Document.class)),
                    t.getString("description"), t.getString("evidence"), reversedOn == null ? null
                            : new Transaction.Reversal(LocalDate.parse(reversedOn), t.getString("reversalReason"))));
        }
        return new BudgetLine(d.getString("_id"), fields, origin(d.getString("origin")), d.getString("provenance"),
                allocations, links, transactions, d.getDate("createdAt").toInstant(), d.getDate("updatedAt").toInstant(),
                ((Number) d.get("version")).longValue());
    }

    private static Origin origin(String wire) {
        return wire == null ? Origin.MANUAL : Origin.valueOf(wire.toUpperCase(java.util.Locale.ROOT));
    }

    private static Document institution(InstitutionRef institution) {
        return institution == null ? null
                : new Document("name", institution.name()).append("institutionId", institution.institutionId());
    }

    private static InstitutionRef institution(Document d) {
        return d == null ? null : new InstitutionRef(d.getString("name"), d.getString("institutionId"));
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
