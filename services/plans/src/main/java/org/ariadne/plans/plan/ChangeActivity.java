package org.ariadne.plans.plan;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Change any of an activity's fields; a new {@code nodeId} moves it to another node. {@code details} applies the
 * changed detail fields to the current details (null: none changed).
 */
public record ChangeActivity(Patch<String> nodeId, Patch<String> code, Patch<String> title, Patch<String> deadline,
        Patch<List<String>> leadInstitutions, UnaryOperator<ActivityDetails> details) {

    public ChangeActivity(Patch<String> nodeId, Patch<String> code, Patch<String> title, Patch<String> deadline,
            Patch<List<String>> leadInstitutions) {
        this(nodeId, code, title, deadline, leadInstitutions, null);
    }
}
