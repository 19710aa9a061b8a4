package org.ariadne.plans.strategy;

import java.util.List;
import java.util.Optional;

/** The current tenant's strategies (collection {@code strategies}). */
public interface Strategies {

    Strategy insert(Strategy strategy);

    Optional<Strategy> find(String id);

    List<Strategy> all();
}
