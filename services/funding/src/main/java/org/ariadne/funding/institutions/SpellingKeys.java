package org.ariadne.funding.institutions;

import java.util.ArrayList;
import java.util.List;
import org.ariadne.text.PrintedNames;

/** The matching keys of a printed name, built exactly as the partners service builds its alias keys (lib-text). */
public final class SpellingKeys {

    private SpellingKeys() {
    }

    public static String nameKey(String printed) {
        String key = PrintedNames.nameKey(printed);
        return key.isEmpty() ? null : "n:" + key;
    }

    /** The acronym key, when the printed text could be an acronym at all. */
    public static String acronymKey(String printed) {
        if (!PrintedNames.looksLikeAcronym(printed)) {
            return null;
        }
        String key = PrintedNames.acronymKey(printed);
        return key.isEmpty() ? null : "a:" + key;
    }

    /** The keys to try for a printed name, the folded name first. */
    public static List<String> of(String printed) {
        List<String> keys = new ArrayList<>();
        if (printed == null || printed.isBlank()) {
            return keys;
        }
        String name = nameKey(printed);
        if (name != null) {
            keys.add(name);
        }
        String acronym = acronymKey(printed);
        if (acronym != null) {
            keys.add(acronym);
        }
        return keys;
    }
}
