package org.ariadne.partners.institution;

import java.util.List;

/**
 * How one printed name (a cell of a plan: "Ministarstvo sigurnosti", "MPB/ZKNT", "Međunarodna organizacija za
 * migracije IOMVijeće Evrope") was read: one or more parts, each exactly as printed, each resolved to an
 * institution, recognised as a generic mention, or left for review with suggestions.
 */
public record NameMatch(String printed, List<Part> parts) {

    public NameMatch {
        parts = List.copyOf(parts);
    }

    public enum Outcome {
        /** An alias of the tenant or the global registry names an institution. */
        RESOLVED,
        /** A generic mention ("nevladine organizacije"): no institution, nothing to review. */
        GENERIC,
        /** No alias matches: the part waits in the review queue; suggestions are never applied by themselves. */
        UNRESOLVED
    }

    /**
     * One part of the printed name.
     *
     * @param text          the part exactly as printed
     * @param key           the name key an alias for this part would get (the review queue's key)
     * @param matchedAlias  the alias key that matched (null when unresolved)
     * @param suggestions   close aliases for an unresolved part, nearest first
     */
    public record Part(String text, String key, Outcome outcome, String institutionId, String institutionName,
            boolean global, String matchedAlias, AliasKind matchedKind, List<Suggestion> suggestions) {

        public Part {
            suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
        }
    }

    /** An institution whose alias is within a small edit distance of an unresolved part. */
    public record Suggestion(String institutionId, String institutionName, String alias, int distance) {
    }

    public boolean fullyRead() {
        return parts.stream().noneMatch(p -> p.outcome() == Outcome.UNRESOLVED);
    }

    public boolean split() {
        return parts.size() > 1;
    }
}
