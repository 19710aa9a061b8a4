package org.ariadne.funding.results.internal;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ariadne.funding.results.ActivityResult;
import org.ariadne.funding.results.ActivityResults;
import org.ariadne.funding.results.ReportedStatus;
import org.ariadne.funding.results.ReportingRound;
import org.ariadne.funding.results.ResultOrder;
import org.ariadne.messaging.VersionGuardedWrite;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * Monitoring's results in the tenant's database ({@code funding__<tenant>}): {@code reporting_rounds} (one document
 * per round, guarded by the round's version) and {@code activity_reports} (one per activity and contribution, guarded
 * by the contribution's version). A write whose version is not newer collides with the existing id on upsert: the
 * duplicate-key error means "already applied".
 */
@Repository
class MongoActivityResults implements ActivityResults {

    static final String ROUNDS = "reporting_rounds";
    static final String REPORTS = "activity_reports";
    private static final String SOURCE_VERSION = "sourceVersion";

    private final TenantDatabases databases;

    MongoActivityResults(TenantDatabases databases) {
        this.databases = databases;
    }

    @Override
    public void saveRound(ReportingRound round, long sourceVersion) {
        applyIfNewer(ROUNDS, round.roundId(), sourceVersion, new Document("planId", round.planId())
                .append("kind", round.kind()).append("periodStart", round.periodStart())
                .append("periodEnd", round.periodEnd()));
    }

    @Override
    public void freezeRound(String planId, String roundId, int activityCount, int implementedCount, int notStartedCount,
            long sourceVersion) {
        applyIfNewer(ROUNDS, roundId, sourceVersion, new Document("planId", planId).append("frozen", true)
                .append("activityCount", activityCount).append("implementedCount", implementedCount)
                .append("notStartedCount", notStartedCount));
    }

    @Override
    public void saveReport(String planId, String activityId, ReportedStatus report, long sourceVersion) {
        applyIfNewer(REPORTS, planId + "/" + activityId + "/" + report.contributionId(), sourceVersion,
                new Document("planId", planId).append("activityId", activityId).append("roundId", report.roundId())
                        .append("contributionId", report.contributionId()).append("institution", report.institution())
                        .append("status", report.status()));
    }

    @Override
    public Optional<ActivityResult> latest(String planId, String activityId) {
        List<ReportedStatus> reports = new ArrayList<>();
        for (Document d : collection(REPORTS).find(and(eq("planId", planId), eq("activityId", activityId)))) {
            reports.add(new ReportedStatus(d.getString("roundId"), d.getString("contributionId"),
                    d.getString("institution"), d.getString("status")));
        }
        if (reports.isEmpty()) {
            return Optional.empty();
        }
        Map<String, ReportingRound> rounds = new HashMap<>();
        for (Document d : collection(ROUNDS).find(in("_id", reports.stream().map(ReportedStatus::roundId).distinct().toList()))) {
            rounds.put(d.getString("_id"), new ReportingRound(d.getString("planId"), d.getString("_id"), d.getString("kind"),
                    d.getString("periodStart"), d.getString("periodEnd"), Boolean.TRUE.equals(d.getBoolean("frozen")),
                    d.getInteger("activityCount"), d.getInteger("implementedCount"), d.getInteger("notStartedCount")));
        }
        return ResultOrder.latest(planId, reports, rounds);
    }

    private void applyIfNewer(String collectionName, String id, long sourceVersion, Document fields) {
        // false: already at this version or a newer one (a duplicate or a replay)
        VersionGuardedWrite.applyIfNewer(collection(collectionName), id, SOURCE_VERSION, sourceVersion, new Document("$set", fields));
    }

    private MongoCollection<Document> collection(String name) {
        return databases.current().getCollection(name);
    }
}
