package org.ariadne.funding.grant.internal;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.model.Sorts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.ariadne.contracts.DomainEvent;
import org.ariadne.funding.grant.Grant;
import org.ariadne.funding.grant.GrantRepository;
import org.ariadne.funding.line.InstitutionRef;
import org.ariadne.funding.money.AgreementRate;
import org.ariadne.funding.money.CurrencyCode;
import org.ariadne.messaging.Outbox;
import org.ariadne.messaging.OutboxCollection;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/** One document per grant in the tenant database's {@code grants} collection, written with its events. */
@Repository
class MongoGrantRepository implements GrantRepository {

    private static final Document STATE = new Document("title", 1).append("donor", 1).append("implementer", 1)
            .append("currency", 1).append("amount", 1).append("donorIatiActivityId", 1).append("agreementRate", 1)
            .append("createdAt", 1).append("version", 1);

    private final OutboxCollection grants;

    MongoGrantRepository(Outbox outbox) {
        this.grants = outbox.tenantCollection("grants");
    }

    @Override
    public Grant insert(Grant grant, List<? extends DomainEvent> events) {
        AgreementRate rate = grant.agreementRate();
        Document stored = grants.insert(new Document("_id", grant.id()).append("title", grant.title())
                .append("donor", institution(grant.donor())).append("implementer", institution(grant.implementer()))
                .append("currency", grant.currency().code())
                .append("amount", grant.amount() == null ? null : grant.amount().toPlainString())
                .append("donorIatiActivityId", grant.donorIatiActivityId())
                .append("agreementRate", rate == null ? null : new Document("to", rate.to().code())
                        .append("rate", rate.rate().toPlainString()))
                .append("createdAt", Date.from(grant.createdAt())), events);
        return grant.atVersion(((Number) stored.get("version")).longValue());
    }

    @Override
    public Optional<Grant> find(String grantId) {
        return Optional.ofNullable(grants.documents().find(eq("_id", grantId)).projection(STATE).first())
                .map(MongoGrantRepository::toGrant);
    }

    @Override
    public List<Grant> all() {
        List<Grant> all = new ArrayList<>();
        grants.documents().find().projection(STATE).sort(Sorts.ascending("title", "_id")).forEach(d -> all.add(toGrant(d)));
        return all;
    }

    @Override
    public long count() {
        return grants.documents().countDocuments();
    }

    private static Grant toGrant(Document d) {
        CurrencyCode currency = CurrencyCode.of(d.getString("currency"));
        Document rate = d.get("agreementRate", Document.class);
        return new Grant(d.getString("_id"), d.getString("title"), institution(d.get("donor", Document.class)),
                institution(d.get("implementer", Document.class)), currency,
                d.getString("amount") == null ? null : new BigDecimal(d.getString("amount")), d.getString("donorIatiActivityId"),
                rate == null ? null : new AgreementRate(currency, CurrencyCode.of(rate.getString("to")),
                        new BigDecimal(rate.getString("rate"))),
                d.getDate("createdAt").toInstant(), ((Number) d.get("version")).longValue());
    }

    private static Document institution(InstitutionRef ref) {
        return ref == null ? null : new Document("name", ref.name()).append("institutionId", ref.institutionId());
    }

    private static InstitutionRef institution(Document d) {
        return d == null ? null : new InstitutionRef(d.getString("name"), d.getString("institutionId"));
    }
}
