package org.ariadne.plans.importing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ariadne.plans.plan.PlanMetadata;

/** Plans name their period in the title ("… 2020-2023"); an import without a given period takes it from there. */
final class PlanTitles {

    private static final Pattern PERIOD = Pattern.compile("(\\d{4})\\s*[-\u2010-\u2015/]\\s*(\\d{4})");

    private PlanTitles() {
    }

    /** The metadata, with the period read from the title when neither end of it was given. */
    static PlanMetadata withPeriodFromTitle(PlanMetadata metadata, String title) {
        if (title == null || metadata.periodFrom() != null || metadata.periodTo() != null) {
            return metadata;
        }
        Matcher m = PERIOD.matcher(title);
        if (!m.find() || m.group(2).compareTo(m.group(1)) < 0) {
            return metadata; // no period in the title, or not one ("2023-2020" is a typo, not a period)
        }
        return new PlanMetadata(m.group(1) + "-01-01", m.group(2) + "-12-31", metadata.legalAct(),
                metadata.adoptionDate(), metadata.strategyId());
    }
}
