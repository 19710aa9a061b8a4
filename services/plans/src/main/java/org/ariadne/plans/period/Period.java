package org.ariadne.plans.period;

import java.util.List;
import org.ariadne.web.FieldProblem;
import org.ariadne.web.ProblemException;

/**
 * The one period rule of plans and strategies: a period given as ISO dates ({@code periodFrom}, {@code periodTo},
 * both optional) may not end before it starts.
 */
public record Period(String from, String to) {

    /** What is wrong with the period (for the field {@code periodTo}), or null. */
    public String problem() {
        return from != null && to != null && to.compareTo(from) < 0 ? "must not be before periodFrom (" + from + ")" : null;
    }

    /** 422 naming {@code /periodTo} when the period ends before it starts. */
    public Period requireValid() {
        String problem = problem();
        if (problem != null) {
            throw ProblemException.validation(List.of(new FieldProblem("/periodTo", problem)));
        }
        return this;
    }
}
