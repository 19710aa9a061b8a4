package org.ariadne.partners.coordination.internal;

import org.ariadne.partners.coordination.BodyCommands;
import org.ariadne.partners.institution.InstitutionMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A merge in the registry re-points hosts, memberships, attendance and task assignees of every body. */
@Component
class MergeFollower {

    private final BodyCommands bodies;

    MergeFollower(BodyCommands bodies) {
        this.bodies = bodies;
    }

    @EventListener
    void on(InstitutionMerged merged) {
        bodies.repoint(merged.mergedId(), merged.survivorId());
    }
}
