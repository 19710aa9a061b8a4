package org.ariadne.plans.plan;

import java.util.List;

/** Add an activity under a node; code and deadline as printed. */
public record AddActivity(String nodeId, String code, String title, String deadline, List<String> leadInstitutions) {
}
