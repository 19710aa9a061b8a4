package org.ariadne.funding.proposals;

import java.time.Instant;

/** What the coordinator decided about a proposal, and why; {@code lineId} is the line an acceptance created. */
public record ProposalDecision(String key, String kind, String decision, String reason, String decidedBy,
        Instant decidedAt, String lineId, String summary) {

    public static final String ACCEPTED = "accepted";
    public static final String REJECTED = "rejected";
}
