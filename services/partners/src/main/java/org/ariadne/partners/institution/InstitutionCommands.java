package org.ariadne.partners.institution;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ariadne.contracts.DomainEvent;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.text.PrintedNames;
import org.ariadne.web.ETags;
import org.ariadne.web.FieldProblem;
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Use cases that change the institution registry: of the current tenant (with events), or of the platform's global
 * registry (platform administrator only; no events, every tenant re-reads its names). An institution is never created
 * from a plan by itself: only these commands, called by a coordinator, create one.
 */
@Service
public class InstitutionCommands {

    /** One request carries at most this many aliases; a seed plan's curated spellings fit many times over. */
    public static final int MAX_ALIASES_PER_REQUEST = 1000;
    private static final int MAX_ATTEMPTS = 5;

    private final InstitutionRepository institutions;
    private final AliasRepository aliases;
    private final InstitutionQueries queries;
    private final ApplicationEventPublisher publisher;
    private final Clock clock = Clock.systemUTC();

    public InstitutionCommands(InstitutionRepository institutions, AliasRepository aliases, InstitutionQueries queries,
            ApplicationEventPublisher publisher) {
        this.institutions = institutions;
        this.aliases = aliases;
        this.queries = queries;
        this.publisher = publisher;
    }

    // ---------------------------------------------------------------- tenant registry

    /**
     * Registers an institution of the current tenant. Its name, acronym and English name become aliases, with any
     * further {@code extraAliases}; a name the tenant already uses for another institution is an alias conflict (409),
     * so the same institution is not registered twice. Nothing is written when anything is refused.
     */
    public Institution register(InstitutionFields fields, List<NewAlias> extraAliases) {
        String id = UUID.randomUUID().toString();
        Institution institution = Institution.register(id, false, fields, now(), queries.lookup());
        List<NewAlias> all = new ArrayList<>(ownAliases(institution));
        for (NewAlias extra : extraAliases) {
            all.add(new NewAlias(extra.text(), extra.kind(), id, extra.source()));
        }
        Plan plan = plan(all, false, Map.of(id, institution));
        Institution stored = institutions.insert(institution, InstitutionEvents.registered(tenant(), institution));
        store(plan, false);
        return stored;
    }

    /** Changes an institution's fields (a new name or acronym becomes an alias too). 412 when the version moved. */
    public Institution change(String id, long expectedVersion, InstitutionFields fields) {
        Institution before = institutions.find(id).orElseThrow(() -> notFoundOrGlobal(id));
        if (before.version() != expectedVersion) {
            throw ETags.stale("Institution " + id, expectedVersion, before.version());
        }
        Institution after = before.change(fields, now(), queries.lookup());
        Plan plan = plan(ownAliases(after), false, Map.of(id, after));
        List<DomainEvent> events = InstitutionEvents.between(tenant(), before, after, null);
        if (events.isEmpty() && plan.isEmpty()) {
            return before;
        }
        Institution stored = events.isEmpty() ? before : institutions.update(before, after, events)
                .orElseThrow(() -> ETags.stale("Institution " + id, expectedVersion, expectedVersion + 1));
        store(plan, false);
        return stored;
    }

    /**
     * Adds aliases to the tenant: all of them or none. A key that already names the same institution only records the
     * new spelling; one that names another institution is an alias conflict (409) listing every clash.
     */
    public AliasBatch addAliases(List<NewAlias> requested) {
        Plan plan = plan(requested, false, Map.of());
        store(plan, false);
        return new AliasBatch(plan.added(), plan.known());
    }

    /**
     * Merges institution {@code id} into {@code intoId} (a tenant institution or a global one): its aliases, units,
     * memberships, tasks and readings are re-pointed here, other services follow {@code partners.InstitutionsMerged}.
     * Repeating a merge that happened re-points again and changes nothing else.
     */
    public Institution merge(String id, String intoId, Long expectedVersion) {
        if (id.equals(intoId)) {
            throw ProblemException.validation(List.of(new FieldProblem("/into", "An institution cannot be merged into itself")));
        }
        for (int attempt = 1; ; attempt++) {
            Institution before = institutions.find(id).orElseThrow(() -> notFoundOrGlobal(id));
            if (expectedVersion != null && before.version() != expectedVersion) {
                throw ETags.stale("Institution " + id, expectedVersion, before.version());
            }
            Institution survivor = queries.find(intoId).orElseThrow(() -> ProblemException.validation(List.of(
                    new FieldProblem("/into", "There is no institution " + intoId + " in this tenant or the global registry"))));
            if (before.status() == InstitutionStatus.MERGED && intoId.equals(before.mergedInto())) {
                repoint(id, survivor);
                return before;
            }
            Institution after = before.mergeInto(survivor, now(), queries.lookup());
            Optional<Institution> saved = institutions.update(before, after,
                    InstitutionEvents.between(tenant(), before, after, survivor));
            if (saved.isPresent()) {
                repoint(id, survivor);
                return saved.get();
            }
            if (attempt >= MAX_ATTEMPTS) {
                throw new ProblemException(ProblemType.CONCURRENT_MODIFICATION, "Institution " + id
                        + " kept changing concurrently; retry the merge");
            }
        }
    }

    /** Everything in this tenant that named {@code mergedId} names the survivor now. Idempotent. */
    private void repoint(String mergedId, Institution survivor) {
        aliases.repoint(mergedId, survivor.id());
        for (Institution unit : institutions.referring(mergedId)) {
            Institution changed = survivor.global()
                    ? unitUnderGlobal(unit, mergedId, survivor.id())
                    : unit.repointed(mergedId, survivor.id(), now());
            List<DomainEvent> events = InstitutionEvents.between(tenant(), unit, changed, null);
            if (!events.isEmpty()) {
                institutions.update(unit, changed, events);
            }
        }
        publisher.publishEvent(new InstitutionMerged(mergedId, survivor.id()));
        publisher.publishEvent(new AliasesChanged(false));
    }

    /** A tenant unit cannot hang under a global institution: it keeps the global one as its reference instead. */
    private Institution unitUnderGlobal(Institution unit, String mergedId, String globalId) {
        InstitutionFields f = unit.fields();
        String parent = mergedId.equals(f.parentId()) ? null : f.parentId();
        String globalRef = mergedId.equals(f.globalRef()) || (mergedId.equals(f.parentId()) && f.globalRef() == null)
                ? globalId : f.globalRef();
        return new Institution(unit.id(), false, unit.name(), unit.nameEn(), unit.acronym(), unit.kind(), parent,
                globalRef, unit.iatiRef(), unit.email(), unit.status(), unit.mergedInto(), unit.createdAt(), now(),
                unit.version());
    }

    // ---------------------------------------------------------------- global registry (platform administrator)

    public Institution registerGlobal(InstitutionFields fields, List<NewAlias> extraAliases) {
        String id = UUID.randomUUID().toString();
        Institution institution = Institution.register(id, true, fields, now(), queries.lookup());
        List<NewAlias> all = new ArrayList<>(ownAliases(institution));
        for (NewAlias extra : extraAliases) {
            all.add(new NewAlias(extra.text(), extra.kind(), id, extra.source()));
        }
        Plan plan = plan(all, true, Map.of(id, institution));
        Institution stored = institutions.insertGlobal(institution);
        store(plan, true);
        return stored;
    }

    public Institution changeGlobal(String id, long expectedVersion, InstitutionFields fields) {
        Institution before = institutions.findGlobal(id).orElseThrow(() -> ProblemException.notFound("Institution " + id));
        if (before.version() != expectedVersion) {
            throw ETags.stale("Institution " + id, expectedVersion, before.version());
        }
        Institution after = before.change(fields, now(), queries.lookup());
        Plan plan = plan(ownAliases(after), true, Map.of(id, after));
        Institution stored = institutions.updateGlobal(before, after)
                .orElseThrow(() -> ETags.stale("Institution " + id, expectedVersion, expectedVersion + 1));
        store(plan, true);
        return stored;
    }

    public AliasBatch addGlobalAliases(List<NewAlias> requested) {
        Plan plan = plan(requested, true, Map.of());
        store(plan, true);
        return new AliasBatch(plan.added(), plan.known());
    }

    // ---------------------------------------------------------------- alias batches

    /** What a batch of aliases does: new aliases to store, spellings to add to known ones. */
    private record Plan(List<Alias> added, List<Alias> known, Map<String, String> newSpellings, boolean[] targetIsGlobal) {
        boolean isEmpty() {
            return added.isEmpty() && newSpellings.isEmpty();
        }
    }

    /** The result of adding aliases: those that are new, and those that were known (perhaps with a new spelling). */
    public record AliasBatch(List<Alias> added, List<Alias> known) {
    }

    private List<NewAlias> ownAliases(Institution institution) {
        List<NewAlias> own = new ArrayList<>();
        own.add(new NewAlias(institution.name(), AliasKind.NAME, institution.id(), null));
        if (institution.acronym() != null) {
            own.add(new NewAlias(institution.acronym(), AliasKind.ACRONYM, institution.id(), null));
        }
        if (institution.nameEn() != null) {
            own.add(new NewAlias(institution.nameEn(), AliasKind.TRANSLATION, institution.id(), null));
        }
        return own;
    }

    /**
     * Checks a batch completely before anything is written: every entry valid (422 listing each), no two entries
     * folding to one key for different institutions, no key naming another institution already (409).
     *
     * @param pending institutions being created or changed by the same request (not stored yet)
     */
    private Plan plan(List<NewAlias> requested, boolean global, Map<String, Institution> pending) {
        if (requested.size() > MAX_ALIASES_PER_REQUEST) {
            throw ProblemException.validation(List.of(new FieldProblem("/aliases", "at most " + MAX_ALIASES_PER_REQUEST
                    + " aliases per request; send " + requested.size() + " in several requests")));
        }
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Integer> firstIndexOfKey = new LinkedHashMap<>();
        Map<String, NewAlias> byKey = new LinkedHashMap<>();
        Map<String, Institution> targets = new HashMap<>(pending);
        for (int i = 0; i < requested.size(); i++) {
            NewAlias alias = requested.get(i);
            String pointer = "/aliases/" + i;
            if (!checkAlias(alias, pointer, global, targets, problems)) {
                continue;
            }
            String key = AliasKeys.of(alias.text(), alias.kind());
            Integer first = firstIndexOfKey.putIfAbsent(key, i);
            if (first != null && !java.util.Objects.equals(byKey.get(key).institutionId(), alias.institutionId())) {
                problems.add(new FieldProblem(pointer + "/text", "\"" + alias.text() + "\" folds to the same key as /aliases/"
                        + first + " (\"" + byKey.get(key).text() + "\") but names another institution"));
                continue;
            }
            byKey.putIfAbsent(key, alias);
        }
        if (!problems.isEmpty()) {
            throw ProblemException.validation(problems);
        }
        Map<String, Alias> existing = new HashMap<>();
        for (Alias alias : global ? aliases.findAllGlobal(byKey.keySet()) : aliases.findAll(byKey.keySet())) {
            existing.put(alias.key(), alias);
        }
        List<Alias> added = new ArrayList<>();
        List<Alias> known = new ArrayList<>();
        Map<String, String> spellings = new LinkedHashMap<>();
        List<Map<String, Object>> conflicts = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            NewAlias alias = requested.get(i);
            String key = AliasKeys.of(alias.text(), alias.kind());
            Alias current = existing.get(key);
            if (current == null) {
                if (byKey.get(key) == alias) {
                    added.add(new Alias(key, alias.text().strip(), alias.kind(), alias.institutionId(), global, List.of(),
                            alias.source(), now()));
                }
                continue;
            }
            String currentTarget = current.institutionId() == null ? null : queries.survivorId(current.institutionId());
            if (java.util.Objects.equals(currentTarget, alias.institutionId())) {
                known.add(current);
                if (!current.withSpelling(alias.text()).equals(current)) {
                    spellings.put(key, alias.text().strip());
                }
            } else {
                Map<String, Object> conflict = new LinkedHashMap<>();
                conflict.put("pointer", "/aliases/" + i);
                conflict.put("text", alias.text());
                conflict.put("key", key);
                conflict.put("institutionId", currentTarget == null ? "generic mention" : currentTarget);
                conflicts.add(conflict);
            }
        }
        if (!conflicts.isEmpty()) {
            throw new ProblemException(ProblemType.ALIAS_CONFLICT, conflicts.size() == 1
                    ? "\"" + conflicts.get(0).get("text") + "\" already names " + conflicts.get(0).get("institutionId")
                    + " in this " + (global ? "registry" : "tenant")
                    : conflicts.size() + " aliases already name other institutions", Map.of("conflicts", conflicts));
        }
        boolean[] targetIsGlobal = new boolean[added.size()];
        for (int i = 0; i < added.size(); i++) {
            String target = added.get(i).institutionId();
            targetIsGlobal[i] = target != null && targets.get(target) != null && targets.get(target).global();
        }
        return new Plan(added, known, spellings, targetIsGlobal);
    }

    private boolean checkAlias(NewAlias alias, String pointer, boolean global, Map<String, Institution> targets,
            List<FieldProblem> problems) {
        boolean ok = true;
        if (alias.text() == null || alias.text().isBlank() || PrintedNames.nameKey(alias.text()).isEmpty()) {
            problems.add(new FieldProblem(pointer + "/text", "must contain a letter or a digit"));
            ok = false;
        } else if (alias.text().length() > Alias.MAX_TEXT) {
            problems.add(new FieldProblem(pointer + "/text", "must be at most " + Alias.MAX_TEXT + " characters"));
            ok = false;
        }
        if (alias.kind() == null) {
            problems.add(new FieldProblem(pointer + "/kind", "must be one of " + AliasKind.codes()));
            return false;
        }
        if (alias.source() != null && alias.source().length() > Alias.MAX_SOURCE) {
            problems.add(new FieldProblem(pointer + "/source", "must be at most " + Alias.MAX_SOURCE + " characters"));
            ok = false;
        }
        if (alias.kind() == AliasKind.GENERIC) {
            if (alias.institutionId() != null) {
                problems.add(new FieldProblem(pointer + "/institutionId", "a generic mention names no institution"));
                ok = false;
            }
            return ok;
        }
        if (alias.institutionId() == null) {
            problems.add(new FieldProblem(pointer + "/institutionId", "must name the institution (or use kind generic)"));
            return false;
        }
        Institution target = targets.get(alias.institutionId());
        if (target == null) {
            target = (global ? institutions.findGlobal(alias.institutionId()) : queries.find(alias.institutionId()))
                    .orElse(null);
            if (target != null) {
                targets.put(target.id(), target);
            }
        }
        if (target == null) {
            problems.add(new FieldProblem(pointer + "/institutionId", "There is no institution " + alias.institutionId()
                    + (global ? " in the global registry" : " in this tenant or the global registry")));
            return false;
        }
        if (!target.isActive()) {
            problems.add(new FieldProblem(pointer + "/institutionId", "Institution " + target.id() + " is "
                    + target.status().code() + (target.mergedInto() == null ? "" : " into " + target.mergedInto())));
            return false;
        }
        return ok;
    }

    private void store(Plan plan, boolean global) {
        if (!plan.added().isEmpty()) {
            List<String> clashed = global ? aliases.insertAllGlobal(plan.added())
                    : aliases.insertAll(plan.added(), plan.targetIsGlobal());
            if (!clashed.isEmpty()) {
                throw new ProblemException(ProblemType.ALIAS_CONFLICT, "Aliases " + clashed + " were added concurrently "
                        + "by another request; nothing of this request was stored. Read them and retry.",
                        Map.of("conflicts", clashed));
            }
        }
        plan.newSpellings().forEach((key, spelling) -> {
            if (global) {
                aliases.addGlobalSpelling(key, spelling);
            } else {
                aliases.addSpelling(key, spelling);
            }
        });
        if (!plan.added().isEmpty()) {
            publisher.publishEvent(new AliasesChanged(global));
        }
    }

    private ProblemException notFoundOrGlobal(String id) {
        if (institutions.findGlobal(id).isPresent()) {
            return new ProblemException(ProblemType.FORBIDDEN, "Institution " + id + " belongs to the global registry, "
                    + "which only the platform administrator changes; add a tenant alias for it instead");
        }
        return ProblemException.notFound("Institution " + id);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String tenant() {
        return TenantContext.require().value();
    }
}
