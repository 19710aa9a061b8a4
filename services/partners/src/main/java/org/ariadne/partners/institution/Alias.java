package org.ariadne.partners.institution;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A name as printed that stands for an institution (or, for {@code generic}, for no institution). Aliases are
 * tenant-scoped: "MZ" is a different ministry in three tenants. A tenant alias may name a global institution ("Word
 * Wision" → World Vision). {@code spellings} keeps every further printed form that folds to the same key.
 *
 * @param global   true for an alias of the platform's global registry (kept by the platform administrator)
 * @param source   where the spelling was seen, e.g. "003:360" (seed line) or "plan 1.1.1"
 */
public record Alias(String key, String text, AliasKind kind, String institutionId, boolean global,
        List<String> spellings, String source, Instant createdAt) {

    public static final int MAX_TEXT = 300;
    public static final int MAX_SOURCE = 300;

    public Alias {
        spellings = spellings == null ? List.of() : List.copyOf(spellings);
    }

    public boolean isGeneric() {
        return kind == AliasKind.GENERIC;
    }

    /** The same alias with one more printed form of the same key (no change when it is already known). */
    public Alias withSpelling(String printed) {
        String spelling = printed.strip();
        if (spelling.equals(text) || spellings.contains(spelling)) {
            return this;
        }
        List<String> more = new ArrayList<>(spellings);
        more.add(spelling);
        return new Alias(key, text, kind, institutionId, global, more, source, createdAt);
    }
}
