package org.ariadne.partners.institution;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.tenancy.TenantId;
import org.ariadne.text.TextFolding;
import org.springframework.stereotype.Service;

/** Reads the registry of the current tenant and the global one, and builds the matcher the tenant's names meet. */
@Service
public class InstitutionQueries {

    /** Merge chains are short; a longer one is broken data, not a reason to loop. */
    private static final int MAX_MERGE_HOPS = 10;

    /**
     * A kept matcher is built again after this long even when no stamp moved: a writer that stopped between its write
     * and moving the stamp leaves it unmoved, and this bounds how long a replica matches without that write.
     */
    private static final long MATCHER_MAX_AGE_NANOS = Duration.ofMinutes(1).toNanos();

    private final InstitutionRepository institutions;
    private final AliasRepository aliases;
    private final RegistryStamps stamps;
    /** The last matcher built per tenant read within {@link #MATCHER_MAX_AGE_NANOS}, with the stamp it was built at. */
    private final Map<TenantId, KeptMatcher> matchers = new ConcurrentHashMap<>();

    private record KeptMatcher(RegistryStamps.Stamp stamp, NameMatcher matcher, long builtAtNanos) {
    }

    public InstitutionQueries(InstitutionRepository institutions, AliasRepository aliases, RegistryStamps stamps) {
        this.institutions = institutions;
        this.aliases = aliases;
        this.stamps = stamps;
    }

    /** A tenant institution (when a tenant is in context), else a global one. */
    public Optional<Institution> find(String id) {
        Optional<Institution> own = TenantContext.current().isPresent() ? institutions.find(id) : Optional.empty();
        return own.isPresent() ? own : institutions.findGlobal(id);
    }

    public InstitutionLookup lookup() {
        return (id, global) -> global ? institutions.findGlobal(id) : institutions.find(id);
    }

    /** The active institution an id stands for today (itself, or where merges led), or null when there is none. */
    public String survivorId(String id) {
        return survivor(id).map(Institution::id).orElse(null);
    }

    public Optional<Institution> survivor(String id) {
        Optional<Institution> current = find(id);
        for (int hop = 0; hop < MAX_MERGE_HOPS && current.isPresent(); hop++) {
            Institution institution = current.get();
            if (institution.status() != InstitutionStatus.MERGED) {
                return institution.isActive() ? current : Optional.empty();
            }
            current = find(institution.mergedInto());
        }
        return Optional.empty();
    }

    /** Which registry a list covers. */
    public enum Scope {
        TENANT, GLOBAL, ALL
    }

    /** Institutions by name (folded substring; null: all), optionally of one kind, active ones unless asked. */
    public List<Institution> list(Scope scope, String text, InstitutionKind kind, boolean includeMerged) {
        String folded = text == null || text.isBlank() ? null : TextFolding.fold(text);
        List<Institution> found = new ArrayList<>();
        if (scope != Scope.GLOBAL) {
            found.addAll(institutions.all(folded));
        }
        if (scope != Scope.TENANT) {
            found.addAll(institutions.allGlobal(folded));
        }
        return found.stream().filter(i -> kind == null || i.kind() == kind)
                .filter(i -> includeMerged || i.status() != InstitutionStatus.MERGED)
                .sorted(Comparator.comparing((Institution i) -> i.global()).thenComparing(i -> TextFolding.fold(i.name())))
                .toList();
    }

    /** Aliases naming the institution: the tenant's, then the registry's when it is global. */
    public List<Alias> aliasesOf(Institution institution) {
        List<Alias> all = new ArrayList<>(TenantContext.current().isPresent() ? aliases.of(institution.id()) : List.of());
        if (institution.global()) {
            all.addAll(aliases.globalOf(institution.id()));
        }
        return all;
    }

    /** The institution's units (tenant institutions whose parent it is). */
    public List<Institution> unitsOf(String id) {
        return institutions.referring(id).stream().filter(i -> id.equals(i.parentId())).toList();
    }

    public List<Alias> tenantAliases() {
        return aliases.all();
    }

    /**
     * The matcher for the current tenant: its aliases first, then the global registry's, all followed through merges.
     * Built from four whole collections, so it is kept per tenant until the registry's stamp moves (two reads by key
     * per call): every plan activity partners reads needs one.
     */
    public NameMatcher matcher() {
        TenantId tenant = TenantContext.require();
        RegistryStamps.Stamp stamp = stamps.current();
        KeptMatcher kept = matchers.get(tenant);
        long now = System.nanoTime();
        if (kept != null && kept.stamp().equals(stamp) && now - kept.builtAtNanos() < MATCHER_MAX_AGE_NANOS) {
            return kept.matcher();
        }
        // built after the stamp was read: a write in between is in it already, and moves the stamp for the next call
        NameMatcher built = buildMatcher();
        // a matcher past its age is never used again: dropping those keeps only the tenants read in the last minute
        matchers.values().removeIf(old -> now - old.builtAtNanos() >= MATCHER_MAX_AGE_NANOS);
        matchers.put(tenant, new KeptMatcher(stamp, built, now));
        return built;
    }

    private NameMatcher buildMatcher() {
        Map<String, Institution> byId = new HashMap<>();
        institutions.allGlobal(null).forEach(i -> byId.put(i.id(), i));
        institutions.all(null).forEach(i -> byId.put(i.id(), i));
        return new NameMatcher(new AliasIndex(aliases.all(), aliases.allGlobal(), id -> {
            Institution current = byId.get(id);
            for (int hop = 0; hop < MAX_MERGE_HOPS && current != null; hop++) {
                if (current.status() != InstitutionStatus.MERGED) {
                    Institution active = current;
                    return active.isActive() ? Optional.of(new AliasIndex.Survivor(active.id(), active.name(), active.global()))
                            : Optional.empty();
                }
                current = byId.get(current.mergedInto());
            }
            return Optional.empty();
        }));
    }
}
