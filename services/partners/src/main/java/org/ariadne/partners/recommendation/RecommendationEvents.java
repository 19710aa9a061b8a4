package org.ariadne.partners.recommendation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ariadne.contracts.DomainEvent;
import org.ariadne.contracts.partners.v1.RecommendationRecorded;
import org.ariadne.contracts.partners.v1.RecommendationStatusChanged;
import org.ariadne.partners.activity.ActivityRef;

/** The events of a recommendation, derived from the difference. GRETA's own assessment publishes nothing. */
public final class RecommendationEvents {

    private RecommendationEvents() {
    }

    public static List<DomainEvent> recorded(String tenantId, Recommendation r, RecommendationSource source) {
        return List.of(recordedEvent(tenantId, r, source));
    }

    public static List<DomainEvent> between(String tenantId, Recommendation before, Recommendation after,
            RecommendationSource source) {
        List<DomainEvent> events = new ArrayList<>();
        if (!Objects.equals(before.fields(), after.fields())) {
            events.add(recordedEvent(tenantId, after, source));
        }
        if (before.status() != after.status()) {
            Recommendation.StatusChange last = after.history().get(after.history().size() - 1);
            events.add(new RecommendationStatusChanged(tenantId, after.id(), after.status().code(),
                    before.status().code(), last.reason()));
        }
        return events;
    }

    private static RecommendationRecorded recordedEvent(String tenantId, Recommendation r, RecommendationSource source) {
        return new RecommendationRecorded(tenantId, r.id(), source.id(), source.kind().name(), source.round(),
                source.year(), source.documentNumber(), r.paragraph(), r.strength() == null ? null : r.strength().code(),
                r.status().code(), r.activities().stream().map(ActivityRef::activityId).toList());
    }
}
