package org.ariadne.monitoring.planview;

import java.util.List;

/**
 * A plan as monitoring knows it: its title, the names of its tree levels (top first) and, once plans has announced its
 * adoption, the legal act and the adoption date (ISO) of the adopted version; null before.
 */
public record PlanView(String planId, String title, List<String> levelNames, String legalAct, String adoptionDate) {

    public PlanView(String planId, String title, List<String> levelNames) {
        this(planId, title, levelNames, null, null);
    }
}
