package org.ariadne.monitoring.statistics;

import java.util.List;
import java.util.Optional;

/** The tenant's annual THB statistics, one record per year. */
public interface StatisticsRepository {

    /** Stores the year's figures, replacing what was recorded for it. */
    AnnualStatistics save(AnnualStatistics statistics);

    Optional<AnnualStatistics> find(int year);

    /** Every recorded year, oldest first. */
    List<AnnualStatistics> all();
}
