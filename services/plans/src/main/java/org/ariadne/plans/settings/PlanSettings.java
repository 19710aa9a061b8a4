package org.ariadne.plans.settings;

import java.util.List;

/**
 * A tenant's settings for its plans. {@code defaultLevelNames}: the names of the levels of its plans, top first
 * ("Oblast", "Strateški program"), used by an import when neither the request nor the file names a level; empty when
 * the tenant has set none (then such a level is "Level n").
 */
public record PlanSettings(List<String> defaultLevelNames) {

    public static final PlanSettings NONE = new PlanSettings(List.of());

    public PlanSettings {
        defaultLevelNames = defaultLevelNames == null ? List.of() : List.copyOf(defaultLevelNames);
    }
}
