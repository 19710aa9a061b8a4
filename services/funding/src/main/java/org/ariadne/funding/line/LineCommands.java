package org.ariadne.funding.line;

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
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;
import org.springframework.stereotype.Service;

/**
 * Use cases that change the current tenant's budget lines. Each change is read → apply → one atomic write of the new
 * state and its events, guarded by the line's version. A change that names a version (If-Match) fails with 412 when
 * the line moved on; one that does not (recording a transaction, adding a link) is retried on a fresh read.
 */
@Service
public class LineCommands {

    static final int MAX_ATTEMPTS = 5;

    private final LineRepository lines;
    private final Clock clock = Clock.systemUTC();

    public LineCommands(LineRepository lines) {
        this.lines = lines;
    }

    public BudgetLine create(CreateLine command) {
        Instant now = now();
        BudgetLine line = BudgetLine.create(UUID.randomUUID().toString(), command.fields(), command.origin(),
                command.provenance(), now);
        for (var allocation : command.allocations()) {
            line = line.setAllocation(allocation, now);
        }
        for (var link : command.links()) {
            line = line.link(link, now);
        }
        return lines.insert(line, LineEvents.between(tenant(), null, line));
    }

    public BudgetLine changeFields(String lineId, long expectedVersion, LineFields fields) {
        return change(lineId, expectedVersion, line -> line.withFields(fields, now()));
    }

    public BudgetLine setAllocation(String lineId, Long expectedVersion, Allocation allocation) {
        return change(lineId, expectedVersion, line -> line.setAllocation(allocation, now()));
    }

    public BudgetLine removeAllocation(String lineId, long expectedVersion, Integer year) {
        return change(lineId, expectedVersion, line -> line.removeAllocation(year, now()));
    }

    public BudgetLine link(String lineId, Long expectedVersion, ActivityLink link) {
        return change(lineId, expectedVersion, line -> line.link(link, now()));
    }

    public BudgetLine unlink(String lineId, Long expectedVersion, ActivityRef activity) {
        return change(lineId, expectedVersion, line -> line.unlink(activity, now()));
    }

    /** Records a transaction; its id is made here. */
    public Recorded record(String lineId, Long expectedVersion, Function<String, Transaction> transaction) {
        String id = UUID.randomUUID().toString();
        BudgetLine line = change(lineId, expectedVersion, l -> l.record(transaction.apply(id), now()));
        return new Recorded(line, line.transaction(id).orElseThrow());
    }

    public BudgetLine reverse(String lineId, Long expectedVersion, String transactionId, Transaction.Reversal reversal) {
        return change(lineId, expectedVersion, line -> line.reverse(transactionId, reversal, now()));
    }

    /** A recorded transaction and the line it is on. */
    public record Recorded(BudgetLine line, Transaction transaction) {
    }

    private BudgetLine change(String lineId, Long expectedVersion, Function<BudgetLine, BudgetLine> change) {
        for (int attempt = 1; ; attempt++) {
            BudgetLine before = lines.find(lineId).orElseThrow(() -> ProblemException.notFound("Budget line " + lineId));
            if (expectedVersion != null && before.version() != expectedVersion) {
                throw ETags.stale("Budget line " + lineId, expectedVersion, before.version());
            }
            BudgetLine after = change.apply(before);
            List<DomainEvent> events = LineEvents.between(tenant(), before, after);
            if (events.isEmpty()) {
                return before; // nothing changed: no write, no new version
            }
            Optional<BudgetLine> saved = lines.update(before, after, events);
            if (saved.isPresent()) {
                return saved.get();
            }
            if (attempt >= MAX_ATTEMPTS) {
                throw new ProblemException(ProblemType.CONCURRENT_MODIFICATION,
                        "Budget line " + lineId + " kept changing concurrently; retry the request");
            }
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String tenant() {
        return TenantContext.require().value();
    }
}
