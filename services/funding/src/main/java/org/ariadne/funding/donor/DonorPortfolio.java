package org.ariadne.funding.donor;

import java.util.List;

/** Everything one donor organisation may read: the activities its lines serve, and those lines. */
public record DonorPortfolio(String organisation, List<FundedActivity> activities, List<FundedLine> lines) {

    public DonorPortfolio {
        activities = List.copyOf(activities);
        lines = List.copyOf(lines);
    }
}
