package org.ariadne.funding.planview;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.ariadne.contracts.plans.v1.ActivityAdded;
import org.ariadne.contracts.plans.v1.ActivityChanged;
import org.ariadne.contracts.plans.v1.FundingReference;
import org.ariadne.funding.money.Currencies;

/**
 * The plans contract (v1) read into funding's own terms, tolerantly: a funding reference whose amount is not a plain
 * decimal or whose currency is not ISO 4217 keeps its texts and loses only the amount (it can still be shown, never
 * summed or proposed); absent optional fields (older producers) mean "nothing printed".
 */
public final class PlanEventMapping {

    private static final Pattern DECIMAL = Pattern.compile("\\d{1,15}(\\.\\d{1,6})?");
    private static final int MAX_REFERENCES = 200;

    private PlanEventMapping() {
    }

    public static PlannedActivity activity(ActivityAdded e) {
        return new PlannedActivity(e.planId(), e.activityId(), e.nodeId(), e.code(), e.title(), e.leadInstitutions(),
                names(e.funders()), funding(e.funding()), e.deadlineStart(), e.deadlineEnd(), false);
    }

    public static PlannedActivity activity(ActivityChanged e) {
        return new PlannedActivity(e.planId(), e.activityId(), e.nodeId(), e.code(), e.title(), e.leadInstitutions(),
                names(e.funders()), funding(e.funding()), e.deadlineStart(), e.deadlineEnd(), false);
    }

    static List<PrintedFunding> funding(List<FundingReference> references) {
        List<PrintedFunding> printed = new ArrayList<>();
        if (references == null) {
            return printed;
        }
        for (FundingReference r : references) {
            if (r == null || printed.size() >= MAX_REFERENCES) {
                continue;
            }
            BigDecimal amount = r.amount() != null && DECIMAL.matcher(r.amount().strip()).matches()
                    ? new BigDecimal(r.amount().strip()) : null;
            String currency = r.currency() != null && Currencies.isKnown(r.currency().strip()) ? r.currency().strip()
                    : "KM".equalsIgnoreCase(r.currency()) ? "BAM" : null;
            Integer year = r.year() != null && r.year() >= 1900 && r.year() <= 2200 ? r.year() : null;
            printed.add(new PrintedFunding(r.sourceKind(), r.label(), r.holder(), currency == null ? null : amount,
                    amount == null ? null : currency, year));
        }
        return printed;
    }

    private static List<String> names(List<String> names) {
        List<String> kept = new ArrayList<>();
        if (names != null) {
            names.stream().filter(n -> n != null && !n.isBlank()).limit(100).forEach(kept::add);
        }
        return kept;
    }
}
