package org.ariadne.partners.institution;

/**
 * What a coordinator says about an institution: its name as the tenant writes it, the English name, acronym, kind,
 * the unit it belongs to ({@code parentId}, e.g. "Sektor za azil" under the Ministry of Security), the global
 * organisation a local office stands for ({@code globalRef}: "IOM BiH" → IOM), its IATI organisation identifier
 * where known, and the address follow-up reminders go to.
 */
public record InstitutionFields(String name, String nameEn, String acronym, InstitutionKind kind, String parentId,
        String globalRef, String iatiRef, String email) {

    public InstitutionFields {
        name = strip(name);
        nameEn = strip(nameEn);
        acronym = strip(acronym);
        parentId = strip(parentId);
        globalRef = strip(globalRef);
        iatiRef = strip(iatiRef);
        email = strip(email);
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
