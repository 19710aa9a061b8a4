package org.ariadne.identity.checklist;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ariadne.contracts.EventTypes;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.tenancy.TenantId;
import org.springframework.stereotype.Service;

/**
 * The onboarding checklist of each tenant, fed by the services' events (kept in the tenant's identity database) and
 * read by its coordinators and the platform admins.
 */
@Service
public class Checklists {

    private final ChecklistRepository repository;

    public Checklists(ChecklistRepository repository) {
        this.repository = repository;
    }

    /** Records that an event marked a step done (the earliest time wins; repeats change nothing). */
    public void marked(ChecklistStep step, Instant at) {
        repository.markDone(step, at);
    }

    /**
     * Records how many names wait in partners' review queue. The step is done while none waits (the names were read:
     * partners publishes the number first when it reads a tenant's names), and open again when one does (a new
     * spelling in a changed plan needs a decision too).
     */
    public void reviewQueueChanged(int openNames, Instant at) {
        if (openNames == 0) {
            repository.markDone(ChecklistStep.INSTITUTIONS_RESOLVED, at);
        } else {
            repository.reopen(ChecklistStep.INSTITUTIONS_RESOLVED);
        }
    }

    /** The checklist of the tenant in context. */
    public Checklist current() {
        TenantId tenant = TenantContext.require();
        Map<ChecklistStep, Instant> done = repository.done();
        List<Checklist.Item> items = new ArrayList<>();
        boolean complete = true;
        for (ChecklistStep step : ChecklistStep.values()) {
            boolean available = step.eventType() != null && EventTypes.classOf(step.eventType()).isPresent();
            Instant at = done.get(step);
            String state = at != null ? Checklist.DONE : available ? Checklist.OPEN : Checklist.NOT_AVAILABLE;
            complete &= at != null || !available;
            items.add(new Checklist.Item(step.key(), step.title(), state, at, step.eventType()));
        }
        return new Checklist(tenant.value(), items, complete);
    }

    /** The checklist of a tenant, for a platform admin outside the tenant. */
    public Checklist of(String tenant) {
        return TenantContext.callAs(TenantId.of(tenant), this::current);
    }
}
