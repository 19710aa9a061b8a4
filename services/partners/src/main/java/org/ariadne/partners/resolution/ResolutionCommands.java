package org.ariadne.partners.resolution;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.ariadne.contracts.DomainEvent;
import org.ariadne.contracts.partners.v1.ReviewQueueChanged;
import org.ariadne.messaging.ConcurrentModificationException;
import org.ariadne.partners.institution.AliasKind;
import org.ariadne.partners.institution.Institution;
import org.ariadne.partners.institution.InstitutionCommands;
import org.ariadne.partners.institution.InstitutionFields;
import org.ariadne.partners.institution.InstitutionQueries;
import org.ariadne.partners.institution.NameMatcher;
import org.ariadne.partners.institution.NewAlias;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.tenancy.TenantId;
import org.ariadne.tenancy.mongo.DuplicateKeys;
import org.ariadne.text.PrintedNames;
import org.ariadne.web.FieldProblem;
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Reads the institution names plan activities print (lead, partner, funder) and publishes each reading when it
 * changes; keeps the review queue in step; applies the coordinator's review decisions. A decision only ever adds an
 * alias (or, when the coordinator asks, registers an institution): the matcher never creates anything by itself.
 * <p>
 * The tenant's open-name count ({@code ReviewQueueChanged}, identity's onboarding checklist shows it) lives in its own
 * document, written after the reading or decision that changes it: two writes, and partners may stop between them.
 * So the first write, when it may change the count, carries a count token (a fresh id) in the same atomic update (a
 * reading that cannot change it carries none: see {@link #save}), and the count's publication
 * removes that token, only that one: a later write of the same document brings its own token, which stays until its
 * own count is published. A token left behind means "this change may not be counted": {@link #settleUnpublishedCounts}
 * redoes the queue's side of those changes and publishes the count. It runs for every tenant once when partners
 * starts (after a stop between the two writes) and for the activity when a plans event comes again; a later change of
 * the tenant recounts anyway. Tokens sit in sparse indexes, so settling a tenant with none costs two index lookups and
 * nothing scans the tenants while partners runs.
 */
@Service
public class ResolutionCommands {

    private static final Logger log = LoggerFactory.getLogger(ResolutionCommands.class);
    /** Writers of one tenant's queue are a few consumer threads and requests; more losses in a row mean a fault. */
    private static final int MAX_QUEUE_ATTEMPTS = 10;
    private static final long QUEUE_SEEN_MAX_AGE_NANOS = Duration.ofMinutes(1).toNanos();

    private final InstitutionQueries institutions;
    private final InstitutionCommands registry;
    private final ReadingRepository readings;
    private final ReviewRepository reviews;
    private final ReviewQueueRepository queue;
    private final Clock clock = Clock.systemUTC();
    /**
     * Tenants whose count document this process saw, and when: a first reading that opens no item needs no count
     * then. Trusted for a minute, which bounds how long a tenant offboarded and onboarded again under the same id may
     * miss the count published when its names are first read.
     */
    private final Map<TenantId, Long> queuesSeen = new ConcurrentHashMap<>();

    public ResolutionCommands(InstitutionQueries institutions, InstitutionCommands registry, ReadingRepository readings,
            ReviewRepository reviews, ReviewQueueRepository queue) {
        this.institutions = institutions;
        this.registry = registry;
        this.readings = readings;
        this.reviews = reviews;
        this.queue = queue;
    }

    /** The names of an activity as plans printed them at {@code planVersion}; older versions change nothing. */
    public void readActivity(String planId, String activityId, String code, ActivityReading.PrintedNames names,
            long planVersion) {
        Optional<ReadingRepository.Stored> stored = readings.find(activityId);
        if (stored.isPresent() && stored.get().reading().planVersion() >= planVersion) {
            return;
        }
        ActivityReading reading = ActivityReading.read(activityId, planId, code, names, planVersion, institutions.matcher());
        save(stored, reading);
    }

    /**
     * As {@link #readActivity}, for an activity whose view was just created, so that it has no reading yet: one read
     * fewer. Should a reading be there after all, the activity is read as any other.
     */
    public void readNewActivity(String planId, String activityId, String code, ActivityReading.PrintedNames names,
            long planVersion) {
        ActivityReading reading = ActivityReading.read(activityId, planId, code, names, planVersion, institutions.matcher());
        if (!DuplicateKeys.writeUnlessPresent(() -> save(Optional.empty(), reading))) {
            readActivity(planId, activityId, code, names, planVersion);
            // the review places this attempt wrote before the insert failed may be another version's
            syncStoredReading(activityId);
        }
    }

    /** Makes the activity's review places those of its stored reading, asking for them, and counts. */
    private void syncStoredReading(String activityId) {
        readings.find(activityId).ifPresent(stored -> reviews.syncActivity(activityId, stored.reading().unresolved()));
        publishQueueWhenChanged(true);
    }

    /**
     * A plans event the activity's view holds already came again: the consumer may have stopped after the view's write
     * and before the reading's, or after the reading's and before the review queue's. Whatever is missing is done now;
     * a reading already complete costs one read.
     */
    public void completeReading(String planId, String activityId, String code, ActivityReading.PrintedNames names,
            long planVersion) {
        Optional<ReadingRepository.Stored> stored = readings.find(activityId);
        if (stored.isEmpty()) {
            readActivity(planId, activityId, code, names, planVersion);
            // a stop between the first review places and the reading's insert may have left places read against other
            // aliases, and an item opened but not counted
            syncStoredReading(activityId);
        } else if (stored.get().reading().planVersion() < planVersion) {
            readActivity(planId, activityId, code, names, planVersion);
        } else if (stored.get().reading().planVersion() == planVersion && stored.get().countToken() != null) {
            reviews.syncActivity(activityId, stored.get().reading().unresolved());
            publishQueueWhenChanged(true);
            readings.countPublished(activityId, stored.get().countToken());
        }
        // a reading of this version without a count token: its review places were written and its count published
    }

    /**
     * A removal of the activity came again (its view skipped it): partners may have stopped between the reading's
     * removal and the review queue's count. Settles that one activity, as {@link #settleUnpublishedCounts} settles a
     * tenant: one read by id.
     */
    public void settleActivity(String activityId) {
        readings.countPending(activityId).ifPresent(pending -> {
            reviews.syncActivity(activityId, pending.unresolved());
            publishQueueWhenChanged(true);
            readings.countPublished(activityId, pending.countToken());
        });
    }

    public void activityRemoved(String activityId) {
        String countToken = newCountToken();
        readings.remove(activityId, countToken);
        publishQueueWhenChanged(reviews.syncActivity(activityId, List.of()));
        readings.countPublished(activityId, countToken);
    }

    /**
     * Completes the changes of the tenant in context whose count was not published (a count token is left): each such
     * reading's review places are written again, the count is published, the tokens are removed. Idempotent; a tenant
     * without tokens costs two index lookups.
     *
     * @return how many changes were settled
     */
    public int settleUnpublishedCounts() {
        List<ReadingRepository.CountPending> pendingReadings = readings.countPending();
        Map<String, String> pendingDecisions = reviews.countPending();
        if (pendingReadings.isEmpty() && pendingDecisions.isEmpty()) {
            return 0;
        }
        for (ReadingRepository.CountPending reading : pendingReadings) {
            reviews.syncActivity(reading.activityId(), reading.unresolved());
        }
        publishQueueWhenChanged(true);
        pendingReadings.forEach(reading -> readings.countPublished(reading.activityId(), reading.countToken()));
        pendingDecisions.forEach(reviews::countPublished);
        int settled = pendingReadings.size() + pendingDecisions.size();
        log.info("Published the review queue count of tenant {} after {} changes that had not been counted (partners "
                + "stopped between the two writes)", TenantContext.require(), settled);
        return settled;
    }

    /** Reads every activity of the tenant again against the current aliases; returns how many readings changed. */
    public int rereadAll() {
        NameMatcher matcher = institutions.matcher();
        int changed = 0;
        for (ReadingRepository.Stored stored : readings.all()) {
            ActivityReading again = stored.reading().reread(matcher);
            if (again.readsDifferentlyFrom(stored.reading())) {
                save(Optional.of(stored), again);
                changed++;
            }
        }
        if (changed > 0) {
            log.info("Re-read the names of {} activities of tenant {} after the aliases changed", changed,
                    TenantContext.require());
        }
        return changed;
    }

    /**
     * Stores a reading, publishing it only when what it resolves changed: the stored reading always resolves what was
     * last published, so comparing with it is comparing with what the consumers have.
     * <p>
     * A reading without a count token has its review places written and its count published: the places of a first
     * reading are written before the reading, and a reading that changes the queue carries a token until its count is
     * published. So a reading that leaves the queue as it was (a first one opening no item in a tenant whose count is
     * published, or one with the same unresolved parts as the tokenless reading it replaces) carries none and costs
     * no count; and the places of a tokenless reading are known without asking for them.
     */
    private void save(Optional<ReadingRepository.Stored> stored, ActivityReading reading) {
        List<DomainEvent> events = reading.resolvesDifferentlyFrom(stored.map(ReadingRepository.Stored::reading).orElse(null))
                ? List.of(reading.event(tenant())) : List.of();
        if (stored.isEmpty()) {
            saveFirst(reading, events);
            return;
        }
        ReadingRepository.Stored before = stored.get();
        boolean placesKnown = before.countToken() == null;
        if (placesKnown && reading.unresolved().equals(before.reading().unresolved())) {
            if (!readings.update(reading, before.version(), events, null)) {
                log.debug("Reading of {} changed concurrently; keeping the other write", reading.activityId());
            }
            return;
        }
        String countToken = newCountToken();
        if (!readings.update(reading, before.version(), events, countToken)) {
            // another writer re-read it meanwhile: both read the same names against the same aliases
            log.debug("Reading of {} changed concurrently; keeping the other write", reading.activityId());
            return;
        }
        publishQueueWhenChanged(placesKnown
                ? reviews.replacePlaces(reading.activityId(), before.reading().unresolved(), reading.unresolved())
                : reviews.syncActivity(reading.activityId(), reading.unresolved()));
        readings.countPublished(reading.activityId(), countToken);
    }

    /**
     * A first reading: its review places and items first, then the reading, with a count token only when the count
     * must follow (an item opened, or the tenant's count may never have been published). A stop between the two leaves
     * no reading, so the plans event, delivered again, reads the activity anew and counts ({@link #completeReading}).
     */
    private void saveFirst(ActivityReading reading, List<DomainEvent> events) {
        boolean countPublishedBefore = queueSeen();
        boolean opened = reviews.addFirstReading(reading.activityId(), reading.unresolved());
        String countToken = opened || !countPublishedBefore ? newCountToken() : null;
        readings.insert(reading, events, countToken);
        if (countToken != null) {
            publishQueueWhenChanged(opened);
            readings.countPublished(reading.activityId(), countToken);
        }
    }

    /** Whether this process saw the tenant's published count within the last minute (its document is never removed). */
    private boolean queueSeen() {
        Long seenAt = queuesSeen.get(TenantContext.require());
        return seenAt != null && System.nanoTime() - seenAt < QUEUE_SEEN_MAX_AGE_NANOS;
    }

    private void queueSeenNow() {
        long now = System.nanoTime();
        queuesSeen.values().removeIf(seenAt -> now - seenAt >= QUEUE_SEEN_MAX_AGE_NANOS);
        queuesSeen.put(TenantContext.require(), now);
    }

    private static String newCountToken() {
        return UUID.randomUUID().toString();
    }

    /**
     * Publishes how many names wait for review when that number changed, and the first time a tenant's names are read.
     * Costs one read by id when nothing changed. Concurrent writers are ordered by the document's version: the one that
     * loses counts again.
     */
    private void publishQueueWhenChanged(boolean openItemsMayHaveChanged) {
        boolean count = openItemsMayHaveChanged;
        for (int attempt = 1; attempt <= MAX_QUEUE_ATTEMPTS; attempt++) {
            Optional<ReviewQueueRepository.Stored> published = queue.find();
            if (published.isPresent()) {
                queueSeenNow();
            }
            if (published.isPresent() && !count) {
                return;
            }
            int open = reviews.countOpen();
            if (published.isPresent() && published.get().openNames() == open) {
                return;
            }
            if (queue.save(open, published.map(ReviewQueueRepository.Stored::version),
                    List.of(new ReviewQueueChanged(tenant(), open)))) {
                queueSeenNow();
                return;
            }
            count = true;
        }
        throw new ConcurrentModificationException("The review queue of tenant " + tenant() + " kept changing concurrently");
    }

    // ---------------------------------------------------------------- review decisions

    /** What the coordinator decides about a name in the queue. */
    public enum Action {
        /** The name is an alias of an existing institution (the tenant's or the global registry's). */
        RESOLVE,
        /** The name is an institution the registry does not know yet: register it with this name as an alias. */
        CREATE,
        /** The name is a generic mention ("Partnerét", "nevladine organizacije"): no institution. */
        GENERIC
    }

    /**
     * Applies a decision: the name becomes an alias (kind as given, else acronym for acronym-like names and variant
     * otherwise), so every activity printing it reads it anew and the item leaves the queue.
     */
    public ReviewItem decide(String key, Action action, String institutionId, AliasKind aliasKind,
            InstitutionFields newInstitution, String by) {
        ReviewItem item = reviews.find(key).orElseThrow(() -> ProblemException.notFound("Review item " + key));
        if (item.status() != ReviewItem.ReviewStatus.OPEN) {
            throw new ProblemException(ProblemType.CONFLICT, "\"" + item.text() + "\" was decided already ("
                    + item.decision().action() + " by " + item.decision().by() + ")");
        }
        if (action == null) {
            throw ProblemException.validation(List.of(new FieldProblem("/action", "must be resolve, create or generic")));
        }
        AliasKind kind = aliasKind != null ? aliasKind
                : PrintedNames.looksLikeAcronym(item.text()) ? AliasKind.ACRONYM : AliasKind.VARIANT;
        String target;
        switch (action) {
            case RESOLVE -> {
                if (institutionId == null) {
                    throw ProblemException.validation(List.of(new FieldProblem("/institutionId",
                            "name the institution the printed name stands for")));
                }
                if (kind == AliasKind.GENERIC) {
                    throw ProblemException.validation(List.of(new FieldProblem("/aliasKind",
                            "a generic mention names no institution: use the action generic")));
                }
                registry.addAliases(List.of(new NewAlias(item.text(), kind, institutionId, "review")));
                target = institutionId;
            }
            case CREATE -> {
                if (newInstitution == null) {
                    throw ProblemException.validation(List.of(new FieldProblem("/institution",
                            "give the new institution's fields (at least name and kind)")));
                }
                List<NewAlias> extra = kind == AliasKind.GENERIC ? List.of()
                        : List.of(new NewAlias(item.text(), kind, null, "review"));
                Institution created = registry.register(newInstitution, extra);
                target = created.id();
            }
            default -> {
                registry.addAliases(List.of(new NewAlias(item.text(), AliasKind.GENERIC, null, "review")));
                target = null;
            }
        }
        String countToken = newCountToken();
        reviews.decide(item, action == Action.GENERIC ? ReviewItem.ReviewStatus.GENERIC : ReviewItem.ReviewStatus.RESOLVED,
                new ReviewItem.Decision(action.name().toLowerCase(java.util.Locale.ROOT), target,
                        action == Action.GENERIC ? AliasKind.GENERIC.code() : kind.code(), by, now()), countToken);
        publishQueueWhenChanged(true);
        reviews.countPublished(key, countToken);
        return reviews.find(key).orElseThrow();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String tenant() {
        return TenantContext.require().value();
    }
}
