package org.ariadne.webapp.people;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A coordinator invites a focal point or a viewer, as identity's {@code POST /api/t/{tenant}/identity/people} takes
 * it. A focal point reports for an institution: chosen from the partners registry (its id, and its name as the
 * tenant writes it unless typed otherwise) or typed. Identity validates the rest and answers a problem.
 */
public record Invitation(String displayName, String email, String role, String institutionId, String institution)
        implements Serializable {

    public static final List<String> ROLES = List.of("focal_point", "viewer");

    /** The message keys of what the page can tell is missing, in the order of the form. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (blank(displayName) || blank(email)) {
            problems.add("people.problem.nameAndEmail");
        }
        if (!ROLES.contains(role)) {
            problems.add("people.problem.role");
        } else if ("focal_point".equals(role) && blank(institutionId) && blank(institution)) {
            problems.add("people.problem.institution");
        }
        return problems;
    }

    /** The request body; {@code institutionNames} maps registry ids to the names the registry keeps. */
    public Map<String, Object> body(Map<String, String> institutionNames) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", email.strip());
        body.put("displayName", displayName.strip());
        body.put("role", role);
        if ("focal_point".equals(role)) {
            String id = blank(institutionId) ? null : institutionId.strip();
            String name = blank(institution) ? institutionNames.get(id) : institution.strip();
            if (name != null) {
                body.put("institution", name);
            }
            if (id != null) {
                body.put("institutionId", id);
            }
        }
        return body;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
