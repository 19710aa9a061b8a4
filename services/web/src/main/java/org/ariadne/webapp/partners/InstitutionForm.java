package org.ariadne.webapp.partners;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ariadne.webapp.api.Json;

/**
 * An institution of the jurisdiction as a coordinator registers or corrects it: its official name, kind, acronym,
 * English name and e-mail address (where follow-up reminders go). The name, acronym and English name become spellings
 * the plans are read with. What cannot be an institution is refused here field by field (text keys).
 */
public record InstitutionForm(String name, String kind, String acronym, String nameEn, String email, String version)
        implements Serializable {

    static final int MAX_NAME = 300;

    public static InstitutionForm of(Map<String, Object> institution) {
        return new InstitutionForm(Json.text(institution, "name"), Json.text(institution, "kind"), Json.text(institution, "acronym"),
                Json.text(institution, "nameEn"), Json.text(institution, "email"), Json.text(institution, "version"));
    }

    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (blank(name) || name.strip().length() > MAX_NAME) {
            problems.put("name", "partners.institution.nameRequired");
        }
        if (kind == null || !ReviewDecision.KINDS.contains(kind)) {
            problems.put("kind", "partners.review.kindRequired");
        }
        if (!blank(acronym) && acronym.strip().length() > 30) {
            problems.put("acronym", "partners.institution.acronymTooLong");
        }
        if (!blank(nameEn) && nameEn.strip().length() > MAX_NAME) {
            problems.put("nameEn", "partners.institution.nameTooLong");
        }
        if (!blank(email) && (email.strip().length() > 254 || !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            problems.put("email", "partners.institution.emailInvalid");
        }
        return problems;
    }

    /** The body of {@code POST /partners/institutions} and {@code PUT /partners/institutions/{id}}. */
    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name.strip());
        body.put("kind", kind);
        body.put("acronym", strip(acronym));
        body.put("nameEn", strip(nameEn));
        body.put("email", strip(email));
        return body;
    }

    /** For a change: every field the institution has, so that what the form does not show stays as it is. */
    public Map<String, Object> changeOf(Map<String, Object> current) {
        Map<String, Object> body = body();
        for (String kept : new String[] {"parentId", "globalRef", "iatiRef"}) {
            body.put(kept, current.get(kept));
        }
        return body;
    }

    static String strip(String text) {
        return blank(text) ? null : text.strip();
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
