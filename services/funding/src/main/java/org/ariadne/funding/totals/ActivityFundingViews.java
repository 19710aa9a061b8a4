package org.ariadne.funding.totals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.ariadne.funding.line.ActivityLink;
import org.ariadne.funding.line.ActivityRef;
import org.ariadne.funding.line.Allocation;
import org.ariadne.funding.line.BudgetLine;
import org.ariadne.funding.line.Transaction;
import org.ariadne.funding.line.TransactionType;
import org.ariadne.funding.money.AgreementRate;
import org.ariadne.funding.money.Conversion;
import org.ariadne.funding.money.CurrencyCode;
import org.ariadne.funding.planview.PlannedActivity;
import org.ariadne.funding.planview.PrintedFunding;

/** Builds {@link ActivityFunding} for the activities of the viewer's plans from the lines it can see. */
public final class ActivityFundingViews {

    private ActivityFundingViews() {
    }

    public static ActivityFunding of(String tenant, PlannedActivity activity, List<CountedLine> lines,
            Conversion conversion, Function<String, AgreementRate> agreementOfGrant) {
        ActivityRef ref = new ActivityRef(tenant, activity.planId(), activity.activityId(), activity.code());
        List<ActivityFunding.LineOnActivity> onActivity = new ArrayList<>();
        for (CountedLine counted : lines) {
            counted.line().link(ref).ifPresent(link -> onActivity.add(lineOn(tenant, counted, link, conversion,
                    agreementOfGrant)));
        }
        List<ActivityFunding.Restated> restated = new ArrayList<>();
        List<ActivityFunding.NamedSource> named = new ArrayList<>();
        for (PrintedFunding printed : activity.funding()) {
            if (printed.isRestatement() && printed.hasAmount()) {
                restated.add(new ActivityFunding.Restated(printed.label(), printed.amount(), printed.currency(),
                        printed.year()));
            } else if (!printed.hasAmount()) {
                named.add(new ActivityFunding.NamedSource(printed.kind(), printed.label(), printed.holder()));
            }
        }
        boolean known = onActivity.stream().anyMatch(l -> l.years().stream().anyMatch(y -> y.amount() != null)
                || l.disbursed().signum() > 0 || l.spent().signum() > 0);
        boolean unknown = onActivity.stream().anyMatch(l -> l.toBeDetermined() > 0);
        String status = known ? "funded" : unknown ? "to_be_determined"
                : !onActivity.isEmpty() || !named.isEmpty() || !activity.funders().isEmpty() ? "amount_not_stated" : "none";
        return new ActivityFunding(tenant, activity.planId(), activity.activityId(), activity.code(), activity.title(),
                status, onActivity, restated, named, activity.funders());
    }

    private static ActivityFunding.LineOnActivity lineOn(String tenant, CountedLine counted, ActivityLink link,
            Conversion conversion, Function<String, AgreementRate> agreementOfGrant) {
        BudgetLine line = counted.line();
        CurrencyCode currency = line.fields().currency();
        BigDecimal share = link.sharePct();
        long sharedBy = line.sharedBy(tenant);
        String sharing = share != null ? "share" : sharedBy > 1 ? "shared" : "sole";
        List<ActivityFunding.YearAmount> years = new ArrayList<>();
        BigDecimal planned = BigDecimal.ZERO;
        int unknown = 0;
        for (Allocation a : line.allocations()) {
            BigDecimal amount = a.isKnown() ? part(a.amount(), share, currency) : null;
            years.add(new ActivityFunding.YearAmount(a.year(), amount, a.status().wire()));
            if (amount == null) {
                unknown++;
            } else {
                planned = planned.add(amount);
            }
        }
        AgreementRate agreement = line.fields().grantId() == null ? null : agreementOfGrant.apply(line.fields().grantId());
        BigDecimal disbursed = BigDecimal.ZERO;
        BigDecimal spent = BigDecimal.ZERO;
        for (Transaction t : line.transactions()) {
            if (!t.counts() || (t.type() != TransactionType.DISBURSEMENT && t.type() != TransactionType.EXPENDITURE)) {
                continue;
            }
            BigDecimal amount = part(conversion.convert(t.amount(), t.valueDate(), currency, agreement), share, currency);
            if (t.type() == TransactionType.DISBURSEMENT) {
                disbursed = disbursed.add(amount);
            } else {
                spent = spent.add(amount);
            }
        }
        return new ActivityFunding.LineOnActivity(line.id(), counted.owner(), counted.readOnly(), line.fields().code(),
                line.fields().title(), line.fields().holder().name(), currency.code(), sharing, sharedBy, share, planned,
                years, disbursed, spent, unknown);
    }

    private static BigDecimal part(BigDecimal amount, BigDecimal sharePct, CurrencyCode currency) {
        if (sharePct == null) {
            return amount;
        }
        return amount.multiply(sharePct).divide(BigDecimal.valueOf(100), MathContext.DECIMAL128)
                .setScale(currency.minorUnits(), RoundingMode.HALF_EVEN);
    }
}
