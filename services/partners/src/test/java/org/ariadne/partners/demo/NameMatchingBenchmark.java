package org.ariadne.partners.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ariadne.partners.institution.Alias;
import org.ariadne.partners.institution.AliasIndex;
import org.ariadne.partners.institution.AliasKeys;
import org.ariadne.partners.institution.AliasKind;
import org.ariadne.partners.institution.NameMatcher;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * How fast the matcher reads names (docs/benchmarks.md): every lead, partner and funder name the five seed plans
 * print, against the demo's aliases, many times over. Pure Java, no service: it measures the matching itself, which
 * runs for every activity a plan publishes and for every activity again after an alias change.
 */
@Tag("benchmark")
class NameMatchingBenchmark {

    private static final int ROUNDS = Integer.getInteger("bench.rounds", 200);

    @Test
    void readsEverySeedNameAgainstTheDemoAliases() {
        List<Alias> global = aliases(DemoData.read("global-registry"), "g-", true);
        Map<String, NameMatcher> matchers = new HashMap<>();
        Map<String, List<String>> names = new HashMap<>();
        int total = 0;
        for (String tenant : SeedPlans.FILES.keySet()) {
            List<Alias> own = aliases(DemoData.read(tenant), tenant + "-", false);
            matchers.put(tenant, new NameMatcher(new AliasIndex(own, global,
                    id -> Optional.of(new AliasIndex.Survivor(id, id, id.startsWith("g-"))))));
            List<String> printed = new ArrayList<>();
            for (SeedPlans.SeedActivity a : SeedPlans.activities(tenant)) {
                printed.addAll(a.lead());
                printed.addAll(a.partners());
                printed.addAll(a.funders());
                a.funding().forEach(f -> {
                    if (f.hasNonNull("holder")) {
                        printed.add(f.get("holder").asString());
                    }
                });
            }
            names.put(tenant, printed);
            total += printed.size();
        }
        for (int warmUp = 0; warmUp < 20; warmUp++) {
            names.forEach((tenant, printed) -> printed.forEach(matchers.get(tenant)::match));
        }
        long started = System.nanoTime();
        for (int round = 0; round < ROUNDS; round++) {
            names.forEach((tenant, printed) -> printed.forEach(matchers.get(tenant)::match));
        }
        long elapsed = System.nanoTime() - started;
        long unresolved = 0;
        for (Map.Entry<String, List<String>> e : names.entrySet()) {
            unresolved += e.getValue().stream().filter(n -> !matchers.get(e.getKey()).match(n).fullyRead()).count();
        }
        System.out.printf("Name matching: %d printed names × %d rounds in %d ms: %.1f µs per name, %.0f names/s; "
                + "%d names not fully read%n", total, ROUNDS, elapsed / 1_000_000, elapsed / 1000.0 / total / ROUNDS,
                total * ROUNDS / (elapsed / 1e9), unresolved);
    }

    /** The aliases a demo file gives: names, acronyms and English names of its institutions, further aliases, generics. */
    private static List<Alias> aliases(JsonNode file, String prefix, boolean global) {
        List<Alias> aliases = new ArrayList<>();
        int n = 0;
        Map<String, String> ids = new HashMap<>();
        for (JsonNode i : file.path("institutions")) {
            String id = prefix + (i.has("ref") ? i.get("ref").asString() : String.valueOf(n++));
            ids.put(i.get("name").asString(), id);
            add(aliases, i.get("name").asString(), AliasKind.NAME, id, global);
            if (i.hasNonNull("acronym")) {
                add(aliases, i.get("acronym").asString(), AliasKind.ACRONYM, id, global);
            }
            if (i.hasNonNull("nameEn")) {
                add(aliases, i.get("nameEn").asString(), AliasKind.TRANSLATION, id, global);
            }
            for (JsonNode a : i.path("aliases")) {
                add(aliases, a.get("text").asString(), AliasKind.of(a.get("kind").asString()).orElseThrow(), id, global);
            }
        }
        for (JsonNode a : file.path("aliases")) {
            add(aliases, a.get("text").asString(), AliasKind.of(a.get("kind").asString()).orElseThrow(),
                    a.has("global") ? "g-" + a.get("global").asString() : prefix + a.get("institution").asString(), global);
        }
        file.path("generic").forEach(g -> add(aliases, g.asString(), AliasKind.GENERIC, null, global));
        return aliases;
    }

    private static void add(List<Alias> aliases, String text, AliasKind kind, String id, boolean global) {
        aliases.add(new Alias(AliasKeys.of(text, kind), text, kind, id, global, List.of(), null, Instant.EPOCH));
    }
}
