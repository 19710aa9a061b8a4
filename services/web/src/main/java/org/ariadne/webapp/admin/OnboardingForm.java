package org.ariadne.webapp.admin;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the platform administrator types to onboard a jurisdiction, as identity's {@code POST /api/admin/onboardings}
 * takes it. Empty optional fields are left out, so the template's values apply; identity validates every field and
 * answers a problem naming the ones it refuses. The page only refuses what it can tell at once (a missing field).
 */
public record OnboardingForm(String id, String name, String parentId, String template, String languages, String currency,
        String jurisdiction, String coordinatorEmail, String coordinatorName) implements Serializable {

    /** The message keys of what is missing, in the order of the form. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (blank(id)) {
            problems.add("onboarding.problem.id");
        }
        if (blank(name)) {
            problems.add("onboarding.problem.name");
        }
        if (blank(template)) {
            problems.add("onboarding.problem.template");
        }
        if (blank(coordinatorEmail) || blank(coordinatorName)) {
            problems.add("onboarding.problem.coordinator");
        }
        return problems;
    }

    /** The request body: languages typed as "bs, hr, sr-Latn" (commas or spaces), the reporting jurisdiction if given. */
    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id.strip());
        body.put("name", name.strip());
        if (!blank(parentId)) {
            body.put("parentId", parentId.strip());
        }
        body.put("template", template.strip());
        if (!blank(languages)) {
            body.put("languages", Arrays.stream(languages.split("[,\\s]+")).filter(s -> !s.isBlank()).toList());
        }
        if (!blank(currency)) {
            body.put("currency", currency.strip().toUpperCase(java.util.Locale.ROOT));
        }
        if (!blank(jurisdiction)) {
            body.put("reporting", Map.of("jurisdiction", jurisdiction.strip()));
        }
        body.put("coordinator", Map.of("email", coordinatorEmail.strip(), "displayName", coordinatorName.strip()));
        return body;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
