package org.ariadne.plans.plan;

import java.util.ArrayList;
import java.util.List;
import org.ariadne.text.TextFolding;

/** The folded text an activity is found by (stored with it, so a regex on the folded query needs no $text index). */
public final class ActivitySearch {

    private ActivitySearch() {
    }

    public static String text(PlanActivity a) {
        ActivityDetails d = a.details();
        List<String> parts = new ArrayList<>();
        parts.add(a.code());
        parts.add(a.title());
        parts.add(a.deadline());
        parts.addAll(a.leadInstitutions());
        parts.add(d.description());
        parts.addAll(d.goals());
        parts.add(d.expectedResults());
        parts.addAll(d.partnerInstitutions());
        parts.addAll(d.implementers());
        parts.addAll(d.funders());
        d.indicators().forEach(i -> parts.add(i.text()));
        d.responsibilities().forEach(r -> {
            parts.addAll(r.leadInstitutions());
            parts.addAll(r.partnerInstitutions());
            parts.addAll(r.goals());
        });
        parts.addAll(d.meansOfVerification());
        parts.addAll(d.quantitativeTargets());
        parts.add(d.resources());
        parts.addAll(d.frameworkRefs());
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                text.append(TextFolding.fold(part)).append(" | ");
            }
        }
        return text.toString();
    }
}
