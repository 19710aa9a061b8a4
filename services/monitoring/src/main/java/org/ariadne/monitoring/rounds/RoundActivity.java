package org.ariadne.monitoring.rounds;

import java.util.List;

/**
 * An activity as the plan held it when the round opened (the round's own copy: later plan changes do not move it).
 * {@code indicator} and {@code resources} are the plan's printed columns when the round was imported from a
 * printed report; the plans events do not carry them. {@code deadlineEnd} (ISO date) when the plans service read one.
 */
public record RoundActivity(String activityId, String nodeId, String code, String title, String deadline,
        List<String> leadInstitutions, List<String> partnerInstitutions, String indicator, String resources,
        String deadlineEnd) {

    public RoundActivity {
        leadInstitutions = leadInstitutions == null ? List.of() : List.copyOf(leadInstitutions);
        partnerInstitutions = partnerInstitutions == null ? List.of() : List.copyOf(partnerInstitutions);
    }
}
