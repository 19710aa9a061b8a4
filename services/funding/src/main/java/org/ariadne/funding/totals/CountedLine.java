package org.ariadne.funding.totals;

import org.ariadne.funding.line.BudgetLine;

/**
 * A line as a total sees it: its owner (the tenant whose database holds it) and whether the viewer may only read it
 * (a parent's line linked to the viewer's activities). Lines are identified by owner and id, so a line reached twice
 * (a roll-up of parent and child) is counted once.
 */
public record CountedLine(String owner, BudgetLine line, boolean readOnly) {

    public String key() {
        return owner + "/" + line.id();
    }
}
