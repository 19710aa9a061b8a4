package org.ariadne.webapp.i18n;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the pages need of a tenant's registry record: its name, its languages (the first is its default), its
 * currency and time zone.
 */
public record TenantInfo(String id, String name, List<String> languages, String currency, String timeZone) {

    /** The tenant's own language: the first of its languages that the pages speak, or Bosnian. */
    public Language primaryLanguage() {
        return languages.stream().map(Language::of).flatMap(java.util.Optional::stream).findFirst().orElse(Language.BS);
    }

    /** What a user of this tenant may choose: its languages (Serbian in both alphabets) and English. */
    public List<Language> offeredLanguages() {
        Set<Language> offered = new LinkedHashSet<>();
        for (String tag : languages) {
            Language.of(tag).ifPresent(language -> {
                if (language.serbian()) {
                    offered.add(Language.SR_LATN);
                    offered.add(Language.SR_CYRL);
                } else {
                    offered.add(language);
                }
            });
        }
        offered.add(Language.EN);
        return new ArrayList<>(offered);
    }
}
