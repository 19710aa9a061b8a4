package org.ariadne.monitoring.statistics;

import java.time.Instant;
import java.util.Map;

/**
 * One year of THB statistics, aggregates only: victims by sex, age group, form of exploitation and citizenship (each
 * breakdown adds up to the total), offences, prosecutions, convictions, and where the figures come from.
 */
public record AnnualStatistics(int year, Victims victims, int offences, int prosecutions, int convictions, String source,
        Instant updatedAt) {

    /** The victims' total and its breakdowns (closed vocabularies: no key can carry a name). */
    public record Victims(int total, Map<String, Integer> bySex, Map<String, Integer> byAgeGroup,
            Map<String, Integer> byExploitation, Map<String, Integer> byCitizenship) {
    }
}
