package org.ariadne.plans.plan;

import java.util.List;

/**
 * The unit of monitoring, hanging under any node of the tree. Code and deadline are kept exactly as printed in the
 * plan (codes are not always unique; deadlines are free text such as "II kvartal 2017" or "Kontinuirano").
 */
public record PlanActivity(String id, String nodeId, String code, String title, String deadline,
        List<String> leadInstitutions) {

    public PlanActivity {
        leadInstitutions = leadInstitutions == null ? List.of() : List.copyOf(leadInstitutions);
    }
}
