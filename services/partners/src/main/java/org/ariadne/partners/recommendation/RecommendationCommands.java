package org.ariadne.partners.recommendation;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.ariadne.contracts.DomainEvent;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.web.ETags;
import org.ariadne.web.FieldProblem;
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;
import org.springframework.stereotype.Service;

/** Use cases of the recommendation tracker: sources, recommendations, the coordinator's status, GRETA's assessment. */
@Service
public class RecommendationCommands {

    private final RecommendationRepository repository;
    private final Clock clock = Clock.systemUTC();

    public RecommendationCommands(RecommendationRepository repository) {
        this.repository = repository;
    }

    public RecommendationSource createSource(SourceKind kind, String title, Integer round, Integer year,
            String documentNumber, String url, String publishedOn) {
        return repository.insertSource(RecommendationSource.create(UUID.randomUUID().toString(), kind, title, round, year,
                documentNumber, url, publishedOn, now()));
    }

    public Recommendation record(String sourceId, Recommendation.Fields fields, RecommendationStatus status) {
        RecommendationSource source = source(sourceId);
        Recommendation recommendation = Recommendation.record(UUID.randomUUID().toString(), source, fields, status, now(),
                id -> repository.find(id).isPresent());
        return repository.insert(recommendation, RecommendationEvents.recorded(tenant(), recommendation, source));
    }

    public Recommendation change(String id, long expectedVersion, Recommendation.Fields fields) {
        return change(id, expectedVersion, r -> r.withFields(source(r.sourceId()), fields, now(),
                other -> repository.find(other).isPresent()));
    }

    public Recommendation changeStatus(String id, Long expectedVersion, RecommendationStatus status, String reason,
            String by) {
        return change(id, expectedVersion, r -> r.withStatus(status, reason, by, now()));
    }

    public Recommendation assess(String id, Long expectedVersion, Recommendation.GretaAssessment assessment) {
        return change(id, expectedVersion, r -> r.withGretaAssessment(assessment, now()));
    }

    private Recommendation change(String id, Long expectedVersion, Function<Recommendation, Recommendation> change) {
        for (int attempt = 1; ; attempt++) {
            Recommendation before = repository.find(id).orElseThrow(() -> ProblemException.notFound("Recommendation " + id));
            if (expectedVersion != null && before.version() != expectedVersion) {
                throw ETags.stale("Recommendation " + id, expectedVersion, before.version());
            }
            Recommendation after = change.apply(before);
            if (after.equals(before)) {
                return before;
            }
            List<DomainEvent> events = RecommendationEvents.between(tenant(), before, after, source(before.sourceId()));
            Optional<Recommendation> saved = repository.update(before, after, events);
            if (saved.isPresent()) {
                return saved.get();
            }
            if (expectedVersion != null) {
                throw ETags.stale("Recommendation " + id, expectedVersion, expectedVersion + 1);
            }
            if (attempt >= 5) {
                throw new ProblemException(ProblemType.CONCURRENT_MODIFICATION, "Recommendation " + id
                        + " kept changing concurrently; retry the request");
            }
        }
    }

    private RecommendationSource source(String sourceId) {
        if (sourceId == null) {
            throw ProblemException.validation(List.of(new FieldProblem("/sourceId", "must name the recommendation's source")));
        }
        return repository.source(sourceId).orElseThrow(() -> ProblemException.validation(List.of(
                new FieldProblem("/sourceId", "There is no recommendation source " + sourceId + " in this tenant"))));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String tenant() {
        return TenantContext.require().value();
    }
}
