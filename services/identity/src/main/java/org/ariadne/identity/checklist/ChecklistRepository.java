package org.ariadne.identity.checklist;

import java.time.Instant;
import java.util.Map;

/** The done steps of the tenant in context (its identity database, collection {@code checklist}). */
public interface ChecklistRepository {

    void markDone(ChecklistStep step, Instant at);

    Map<ChecklistStep, Instant> done();

    void reopen(ChecklistStep step);
}
