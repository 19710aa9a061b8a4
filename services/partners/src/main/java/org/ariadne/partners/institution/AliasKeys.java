package org.ariadne.partners.institution;

import org.ariadne.text.PrintedNames;

/**
 * The key an alias is stored and looked up under. Acronyms keep their case ({@code a:MZ}); every other kind is a
 * folded name key ({@code n:gsv kanceiarija za borbu …}), so punctuation, case, diacritics and the seeds' OCR slips
 * never make two spellings differ. One key names at most one institution in a tenant.
 */
public final class AliasKeys {

    static final String NAME_PREFIX = "n:";
    static final String ACRONYM_PREFIX = "a:";

    private AliasKeys() {
    }

    public static String of(String printed, AliasKind kind) {
        return kind == AliasKind.ACRONYM ? acronym(printed) : name(printed);
    }

    public static String name(String printed) {
        return NAME_PREFIX + PrintedNames.nameKey(printed);
    }

    public static String acronym(String printed) {
        return ACRONYM_PREFIX + PrintedNames.acronymKey(printed);
    }

    public static boolean isAcronym(String key) {
        return key.startsWith(ACRONYM_PREFIX);
    }

    /** The key without its prefix (what edit distances are measured on). */
    static String body(String key) {
        return key.substring(2);
    }
}
