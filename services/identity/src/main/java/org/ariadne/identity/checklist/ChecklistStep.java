package org.ariadne.identity.checklist;

/** The steps of the onboarding checklist, in order, and the event type (topic) that marks each done. */
public enum ChecklistStep {
    PLAN_IMPORTED("plan-imported", "Import the action plan", "plans.PlanCreated.v1"),
    /**
     * Done while partners has read the plan's institution names and no name waits in its review queue (from
     * partners.ReviewQueueChanged, published when the number of names waiting changes); open again when one does.
     */
    INSTITUTIONS_RESOLVED("institutions-resolved", "Resolve the plan's institutions against the partners registry",
            "partners.ReviewQueueChanged.v1"),
    FIRST_ROUND_OPENED("first-round-opened", "Open the first reporting round", "monitoring.RoundOpened.v1"),
    FUNDING_ENTERED("funding-entered", "Enter funding (a first budget line)", "funding.BudgetLineCreated.v1");

    private final String key;
    private final String title;
    private final String eventType;

    ChecklistStep(String key, String title, String eventType) {
        this.key = key;
        this.title = title;
        this.eventType = eventType;
    }

    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    /** The event that marks the step done; null while no contract on this platform tells it. */
    public String eventType() {
        return eventType;
    }

    public static java.util.Optional<ChecklistStep> markedBy(String eventType) {
        for (ChecklistStep step : values()) {
            if (eventType.equals(step.eventType)) {
                return java.util.Optional.of(step);
            }
        }
        return java.util.Optional.empty();
    }
}
