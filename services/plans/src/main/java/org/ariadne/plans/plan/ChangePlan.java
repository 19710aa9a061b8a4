package org.ariadne.plans.plan;

import java.util.List;

/**
 * A change of the plan's own fields: title, level names (renamed: as many as before), period, strategy. The legal act
 * and the adoption date are set by adopting, never here.
 */
public record ChangePlan(Patch<String> title, Patch<List<String>> levelNames, Patch<String> periodFrom,
        Patch<String> periodTo, Patch<String> strategyId) {
}
