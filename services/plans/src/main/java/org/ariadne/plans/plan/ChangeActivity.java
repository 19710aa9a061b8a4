package org.ariadne.plans.plan;

import java.util.List;

/** Change any of an activity's fields; a new {@code nodeId} moves it to another node. */
public record ChangeActivity(Patch<String> nodeId, Patch<String> code, Patch<String> title, Patch<String> deadline,
        Patch<List<String>> leadInstitutions) {
}
