package org.ariadne.partners.institution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ariadne.partners.institution.NameMatch.Outcome;
import org.ariadne.partners.institution.NameMatch.Part;
import org.ariadne.partners.institution.NameMatch.Suggestion;
import org.ariadne.text.EditDistance;
import org.ariadne.text.PrintedNames;
import org.ariadne.text.TextFolding;
import org.ariadne.text.Tokens;

/**
 * Reads a printed name against a tenant's aliases (then the global registry's). In order:
 * <ol>
 * <li>the whole text by its folded name key, then as an acronym (whole, case-sensitive);</li>
 * <li>without a trailing qualifier in parentheses ("Ministarstvo pravde BiH (služba za održavanje IT sistema)");</li>
 * <li>otherwise it is split into the fewest parts that cover it best: aliases by longest match, acronyms only as whole
 * tokens, connectors ("i", "in", "dhe") and separators ("/", ";") between them, and a word run together from the end
 * of a long name or an acronym and the capitalised start of another ("IOMVijeće Evrope") cut in two;</li>
 * <li>what no alias covers stays unresolved, with the aliases within a small edit distance as suggestions.</li>
 * </ol>
 * Nothing here creates an institution or applies a suggestion: that is the coordinator's decision in the review queue.
 */
public final class NameMatcher {

    /** Only names at least this long (folded) may end inside a run-together word: "IOM" alone never does. */
    static final int RUN_TOGETHER_MIN_LENGTH = 12;
    static final int MAX_SUGGESTIONS = 5;
    private static final Set<String> CONNECTORS = Set.of("i", "in", "ter", "dhe", "and", "te");
    private static final String SEPARATORS = "/;|\n";
    private static final Pattern TRAILING_QUALIFIER = Pattern.compile("^(.*\\S)\\s*\\(([^()]*)\\)[\\s.]*$", Pattern.DOTALL);
    private static final int UNRESOLVED_WORD = 100;
    private static final int SEPARATOR_INSIDE = 50;

    private final AliasIndex index;

    public NameMatcher(AliasIndex index) {
        this.index = index;
    }

    public NameMatch match(String printed) {
        String text = printed == null ? "" : printed.strip();
        if (Tokens.of(text).isEmpty()) {
            return new NameMatch(text, List.of());
        }
        Optional<Part> whole = whole(text, text);
        if (whole.isPresent()) {
            return new NameMatch(text, List.of(whole.get()));
        }
        Matcher qualified = TRAILING_QUALIFIER.matcher(text);
        if (qualified.matches()) {
            Optional<Part> main = whole(qualified.group(1).strip(), text);
            if (main.isPresent()) {
                return new NameMatch(text, List.of(main.get()));
            }
        }
        return new NameMatch(text, segment(text));
    }

    /** The whole of {@code candidate} as one alias; the part shows {@code printed}. */
    private Optional<Part> whole(String candidate, String printed) {
        Optional<AliasIndex.Target> target = index.find(AliasKeys.name(candidate));
        if (target.isEmpty()) {
            target = index.find(AliasKeys.acronym(candidate));
        }
        return target.map(t -> part(printed, t));
    }

    private static Part part(String printed, AliasIndex.Target target) {
        return new Part(printed, AliasKeys.name(printed), target.isGeneric() ? Outcome.GENERIC : Outcome.RESOLVED,
                target.institutionId(), target.institutionName(), target.global(), target.key(), target.kind(), List.of());
    }

    // ------------------------------------------------------------------ segmentation

    /** A word of the printed text: as printed, folded (name keys) and diacritics-free with case (acronym keys). */
    private record Word(String original, int start, int end, String folded, String plain, boolean separatorBefore) {
    }

    /** One step of the cheapest reading from a word on: skip a connector, take an alias, or leave a span unresolved. */
    private record Step(int next, int cost, AliasIndex.Target target, boolean skip) {
    }

    private List<Part> segment(String text) {
        List<Word> words = words(text);
        int n = words.size();
        int[] best = new int[n + 1];
        Step[] steps = new Step[n];
        for (int i = n - 1; i >= 0; i--) {
            Step chosen = null;
            if (CONNECTORS.contains(words.get(i).folded())) {
                chosen = new Step(i + 1, best[i + 1], null, true);
            }
            for (int j = Math.min(n, i + index.longestName()); j > i; j--) {
                Optional<AliasIndex.Target> name = index.find(AliasKeys.NAME_PREFIX + join(words, i, j, true));
                if (name.isPresent()) {
                    chosen = cheaper(chosen, new Step(j, 1 + best[j], name.get(), false));
                }
            }
            for (int j = i + 1; j <= Math.min(n, i + 2); j++) {
                Optional<AliasIndex.Target> acronym = index.find(AliasKeys.ACRONYM_PREFIX + join(words, i, j, false));
                if (acronym.isPresent()) {
                    chosen = cheaper(chosen, new Step(j, 1 + best[j], acronym.get(), false));
                }
            }
            if (!CONNECTORS.contains(words.get(i).folded())) {
                int cost = 1;
                for (int j = i + 1; j <= n; j++) {
                    Word last = words.get(j - 1);
                    if (j - 1 > i && last.separatorBefore()) {
                        cost += SEPARATOR_INSIDE;
                    }
                    if (!CONNECTORS.contains(last.folded())) {
                        cost += UNRESOLVED_WORD;
                        chosen = cheaper(chosen, new Step(j, cost + best[j], null, false));
                    }
                }
            }
            steps[i] = chosen;
            best[i] = chosen.cost();
        }
        return parts(text, words, steps);
    }

    private static Step cheaper(Step current, Step candidate) {
        return current == null || candidate.cost() < current.cost() ? candidate : current;
    }

    private List<Part> parts(String text, List<Word> words, Step[] steps) {
        List<Part> parts = new ArrayList<>();
        int previousStart = -1;
        int i = 0;
        while (i < words.size()) {
            Step step = steps[i];
            if (!step.skip()) {
                int start = words.get(i).start();
                int end = words.get(step.next() - 1).end();
                Part previous = parts.isEmpty() ? null : parts.get(parts.size() - 1);
                if (previous != null && step.target() != null && !step.target().isGeneric()
                        && previous.outcome() == Outcome.RESOLVED
                        && step.target().institutionId().equals(previous.institutionId())) {
                    // "Međunarodna organizacija za migracije" + "IOM": two spellings of one institution side by side
                    String joined = text.substring(previousStart, end);
                    parts.set(parts.size() - 1, new Part(joined, AliasKeys.name(joined), previous.outcome(),
                            previous.institutionId(), previous.institutionName(), previous.global(),
                            previous.matchedAlias(), previous.matchedKind(), List.of()));
                } else {
                    String piece = text.substring(start, end);
                    parts.add(step.target() == null ? unresolved(piece) : part(piece, step.target()));
                    previousStart = start;
                }
            }
            i = step.next();
        }
        return parts;
    }

    private List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        int previousEnd = 0;
        for (Tokens.Token token : Tokens.of(text)) {
            boolean separator = containsSeparator(text.substring(previousEnd, token.start()));
            String folded = PrintedNames.foldWord(token.text());
            int cut = runTogetherCut(token.text(), folded);
            if (cut > 0) {
                String head = token.text().substring(0, cut);
                String tail = token.text().substring(cut);
                words.add(new Word(head, token.start(), token.start() + cut, folded.substring(0, cut),
                        TextFolding.foldDiacritics(head), separator));
                words.add(new Word(tail, token.start() + cut, token.end(), folded.substring(cut),
                        TextFolding.foldDiacritics(tail), false));
            } else {
                words.add(new Word(token.text(), token.start(), token.end(), folded,
                        TextFolding.foldDiacritics(token.text()), separator));
            }
            previousEnd = token.end();
        }
        return words;
    }

    /** Where a word run together from the end of a long name and the start of another is cut; 0 when it is not. */
    private int runTogetherCut(String original, String folded) {
        if (folded.length() != original.length() || index.startsAName(folded)) {
            return 0;
        }
        for (int k = 2; k <= folded.length() - 2; k++) {
            String head = original.substring(0, k);
            boolean headEndsAName = index.endsALongName(folded.substring(0, k))
                    || k >= 3 && head.chars().allMatch(Character::isUpperCase) && index.isOneWordAcronym(head);
            if (headEndsAName && index.startsAName(folded.substring(k)) && Character.isUpperCase(original.charAt(k))) {
                return k;
            }
        }
        return 0;
    }

    private static boolean containsSeparator(String between) {
        for (char c : between.toCharArray()) {
            if (SEPARATORS.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String join(List<Word> words, int from, int to, boolean folded) {
        StringBuilder key = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                key.append(' ');
            }
            key.append(folded ? words.get(k).folded() : words.get(k).plain());
        }
        return key.toString();
    }

    // ------------------------------------------------------------------ suggestions

    private Part unresolved(String piece) {
        return new Part(piece, AliasKeys.name(piece), Outcome.UNRESOLVED, null, null, false, null, null,
                suggestionsFor(piece));
    }

    /** Institutions with an alias within a small edit distance (longer names tolerate more), nearest first. */
    List<Suggestion> suggestionsFor(String piece) {
        String nameBody = AliasKeys.body(AliasKeys.name(piece));
        String acronymBody = AliasKeys.body(AliasKeys.acronym(piece));
        boolean acronymLike = PrintedNames.looksLikeAcronym(piece);
        Map<String, Suggestion> nearest = new HashMap<>();
        for (AliasIndex.Target target : index.all()) {
            if (target.isGeneric()) {
                continue;
            }
            boolean targetIsAcronym = AliasKeys.isAcronym(target.key());
            String body = AliasKeys.body(target.key());
            int distance;
            if (targetIsAcronym) {
                if (!acronymLike) {
                    continue;
                }
                distance = EditDistance.atMost(acronymBody, body, allowedDistance(acronymBody.length(), true));
                if (distance > allowedDistance(acronymBody.length(), true)) {
                    continue;
                }
            } else {
                distance = EditDistance.atMost(nameBody, body, allowedDistance(nameBody.length(), false));
                if (distance > allowedDistance(nameBody.length(), false)) {
                    continue;
                }
            }
            Suggestion suggestion = new Suggestion(target.institutionId(), target.institutionName(), target.text(), distance);
            nearest.merge(target.institutionId(), suggestion, (a, b) -> a.distance() <= b.distance() ? a : b);
        }
        return nearest.values().stream()
                .sorted(Comparator.comparingInt(Suggestion::distance)
                        .thenComparing(s -> s.institutionName() == null ? "" : s.institutionName()))
                .limit(MAX_SUGGESTIONS).toList();
    }

    /** Edit distance at most 2, and less for short keys: "UP" and "PK" are not typos of each other. */
    static int allowedDistance(int length, boolean acronym) {
        if (acronym) {
            return length >= 6 ? 2 : length >= 4 ? 1 : 0;
        }
        return length >= 8 ? 2 : length >= 5 ? 1 : 0;
    }
}
