package org.ariadne.webapp.admin;

import java.util.List;
import java.util.Map;
import org.ariadne.webapp.api.Json;

/**
 * How far a jurisdiction got after onboarding, from identity's {@code GET /api/admin/onboardings/{tenant}}: the
 * checklist's steps done out of those this platform can tell ({@code not-available} steps are not counted), and its
 * coordinators with their invitation's state.
 */
public record OnboardingProgress(Map<String, Object> tenant, Map<String, Object> onboarding, int done, int available) {

    /** The checklist's steps in identity's order, so that every jurisdiction's row has the same columns. */
    public static final List<String> STEPS = List.of("plan-imported", "institutions-resolved", "first-round-opened", "funding-entered");

    public static OnboardingProgress of(Map<String, Object> tenant, Map<String, Object> onboarding) {
        List<Map<String, Object>> items = Json.list(Json.map(onboarding, "checklistState"), "items");
        int done = (int) items.stream().filter(i -> "done".equals(i.get("state"))).count();
        int available = (int) items.stream().filter(i -> !"not-available".equals(i.get("state"))).count();
        return new OnboardingProgress(tenant, onboarding, done, available);
    }

    public boolean complete() {
        return Boolean.TRUE.equals(Json.map(onboarding, "checklistState").get("complete"));
    }

    public List<Map<String, Object>> steps() {
        return Json.list(Json.map(onboarding, "checklistState"), "items");
    }

    public List<Map<String, Object>> coordinators() {
        return Json.list(onboarding, "coordinators");
    }

    /** One step of the checklist by its key, or null when identity did not list it. */
    public Map<String, Object> step(String key) {
        return steps().stream().filter(s -> key.equals(s.get("key"))).findFirst().orElse(null);
    }
}
