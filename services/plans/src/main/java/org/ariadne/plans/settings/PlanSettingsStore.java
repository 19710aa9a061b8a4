package org.ariadne.plans.settings;

/** The current tenant's plan settings (one document in the collection {@code settings}). */
public interface PlanSettingsStore {

    /** The settings, {@link PlanSettings#NONE} when the tenant has saved none. */
    PlanSettings current();

    void save(PlanSettings settings);
}
