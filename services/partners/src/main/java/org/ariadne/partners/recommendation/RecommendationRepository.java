package org.ariadne.partners.recommendation;

import java.util.List;
import java.util.Optional;
import org.ariadne.contracts.DomainEvent;

/** The current tenant's recommendation sources (plain documents) and recommendations (with their events). */
public interface RecommendationRepository {

    RecommendationSource insertSource(RecommendationSource source);

    Optional<RecommendationSource> source(String id);

    List<RecommendationSource> sources();

    Recommendation insert(Recommendation recommendation, List<? extends DomainEvent> events);

    Optional<Recommendation> find(String id);

    List<Recommendation> all();

    Optional<Recommendation> update(Recommendation before, Recommendation after, List<? extends DomainEvent> events);
}
