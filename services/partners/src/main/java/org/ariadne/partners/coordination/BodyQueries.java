package org.ariadne.partners.coordination;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The current tenant's bodies with what a coordinator should look at (flags, computed for today). */
@Service
public class BodyQueries {

    private final BodyRepository bodies;

    public BodyQueries(BodyRepository bodies) {
        this.bodies = bodies;
    }

    public List<CoordinationBody> all() {
        return bodies.all();
    }

    public Optional<CoordinationBody> find(String id) {
        return bodies.find(id);
    }

    public List<BodyFlags.Flag> flags(CoordinationBody body) {
        return BodyFlags.of(body, LocalDate.now());
    }
}
