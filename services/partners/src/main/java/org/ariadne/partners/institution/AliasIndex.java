package org.ariadne.partners.institution;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Every alias a tenant can match against: its own first, then the global registry's. Targets are already followed
 * through merges, so a lookup never answers with an institution that was merged away. Built per matching run from
 * the tenant's and the registry's aliases (a tenant holds hundreds, not millions).
 */
public final class AliasIndex {

    /** What a key stands for: an institution (tenant or global) with its name, or a generic mention. */
    public record Target(String key, String text, AliasKind kind, String institutionId, String institutionName,
            boolean global) {

        public boolean isGeneric() {
            return institutionId == null;
        }
    }

    /** The active institution an id stands for today (the survivor, after merges). */
    public record Survivor(String id, String name, boolean global) {
    }

    private final Map<String, Target> tenant = new HashMap<>();
    private final Map<String, Target> global = new HashMap<>();
    private final Set<String> lastWordsOfLongNames = new HashSet<>();
    private final Set<String> firstWords = new HashSet<>();
    private final Set<String> oneWordAcronyms = new HashSet<>();
    private int longestName = 1;

    /**
     * @param survivorOf follows an institution id through merges to the active institution; empty when the id names
     *                   no institution any more (such an alias never matches)
     */
    public AliasIndex(Collection<Alias> tenantAliases, Collection<Alias> globalAliases,
            Function<String, Optional<Survivor>> survivorOf) {
        for (Alias alias : globalAliases) {
            add(global, alias, survivorOf);
        }
        for (Alias alias : tenantAliases) {
            add(tenant, alias, survivorOf);
        }
    }

    private void add(Map<String, Target> into, Alias alias, Function<String, Optional<Survivor>> survivorOf) {
        Survivor survivor = null;
        if (alias.institutionId() != null) {
            survivor = survivorOf.apply(alias.institutionId()).orElse(null);
            if (survivor == null) {
                return;
            }
        }
        into.put(alias.key(), new Target(alias.key(), alias.text(), alias.kind(), survivor == null ? null : survivor.id(),
                survivor == null ? null : survivor.name(), survivor != null && survivor.global()));
        if (AliasKeys.isAcronym(alias.key()) && !AliasKeys.body(alias.key()).contains(" ")) {
            oneWordAcronyms.add(AliasKeys.body(alias.key()));
        }
        if (!AliasKeys.isAcronym(alias.key())) {
            String[] words = AliasKeys.body(alias.key()).split(" ");
            longestName = Math.max(longestName, words.length);
            firstWords.add(words[0]);
            if (AliasKeys.body(alias.key()).length() >= NameMatcher.RUN_TOGETHER_MIN_LENGTH) {
                lastWordsOfLongNames.add(words[words.length - 1]);
            }
        }
    }

    /** The tenant's meaning of a key first, then the global registry's. */
    public Optional<Target> find(String key) {
        Target own = tenant.get(key);
        return own != null ? Optional.of(own) : Optional.ofNullable(global.get(key));
    }

    /** Every key the tenant can match, its own shadowing the registry's. */
    public List<Target> all() {
        Map<String, Target> merged = new HashMap<>(global);
        merged.putAll(tenant);
        return new ArrayList<>(merged.values());
    }

    int longestName() {
        return longestName;
    }

    boolean endsALongName(String foldedWord) {
        return lastWordsOfLongNames.contains(foldedWord);
    }

    boolean isOneWordAcronym(String plainWord) {
        return oneWordAcronyms.contains(plainWord);
    }

    boolean startsAName(String foldedWord) {
        return firstWords.contains(foldedWord);
    }
}
