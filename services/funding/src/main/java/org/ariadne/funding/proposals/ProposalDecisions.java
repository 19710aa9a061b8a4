package org.ariadne.funding.proposals;

import java.util.List;
import java.util.Map;

/** The coordinator's decisions on proposals of the current tenant, one per proposal key. */
public interface ProposalDecisions {

    /** Records a decision; false when the proposal was already decided (by someone else, a moment ago). */
    boolean insert(ProposalDecision decision);

    void linkLine(String key, String lineId);

    /** Forgets a decision whose acceptance could not create its line. */
    void delete(String key);

    Map<String, ProposalDecision> all();

    List<ProposalDecision> history();
}
