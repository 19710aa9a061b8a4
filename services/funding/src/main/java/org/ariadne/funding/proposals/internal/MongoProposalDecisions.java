package org.ariadne.funding.proposals.internal;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ariadne.funding.proposals.ProposalDecision;
import org.ariadne.funding.proposals.ProposalDecisions;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/** Decisions in the tenant database's {@code proposal_decisions}, keyed by the proposal's key (unique by _id). */
@Repository
class MongoProposalDecisions implements ProposalDecisions {

    private final TenantDatabases databases;

    MongoProposalDecisions(TenantDatabases databases) {
        this.databases = databases;
    }

    @Override
    public boolean insert(ProposalDecision d) {
        try {
            decisions().insertOne(new Document("_id", d.key()).append("kind", d.kind()).append("decision", d.decision())
                    .append("reason", d.reason()).append("decidedBy", d.decidedBy())
                    .append("decidedAt", Date.from(d.decidedAt())).append("lineId", d.lineId()).append("summary", d.summary()));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void linkLine(String key, String lineId) {
        decisions().updateOne(eq("_id", key), Updates.set("lineId", lineId));
    }

    @Override
    public void delete(String key) {
        decisions().deleteOne(eq("_id", key));
    }

    @Override
    public Map<String, ProposalDecision> all() {
        Map<String, ProposalDecision> all = new LinkedHashMap<>();
        history().forEach(d -> all.put(d.key(), d));
        return all;
    }

    @Override
    public List<ProposalDecision> history() {
        List<ProposalDecision> history = new ArrayList<>();
        for (Document d : decisions().find().sort(Sorts.ascending("decidedAt"))) {
            history.add(new ProposalDecision(d.getString("_id"), d.getString("kind"), d.getString("decision"),
                    d.getString("reason"), d.getString("decidedBy"), d.getDate("decidedAt").toInstant(),
                    d.getString("lineId"), d.getString("summary")));
        }
        return history;
    }

    private MongoCollection<Document> decisions() {
        return databases.current().getCollection("proposal_decisions");
    }
}
