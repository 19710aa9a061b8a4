package org.ariadne.funding.line;

import java.math.BigDecimal;

/**
 * A line's place in a co-financing group: the group (the project the shares finance together, e.g. "ISF 140005") and
 * the share of the group this line declares (75 for the EU share, 25 for the national one). The shares are separate
 * lines already, so nothing ever applies a share to an amount; the declared share is only checked against the lines'
 * amounts (|line − share × group| ≤ 0.01).
 */
public record CoFinancing(String group, BigDecimal declaredSharePct) {

    public CoFinancing {
        if (group == null || group.isBlank()) {
            throw new IllegalArgumentException("a co-financing group needs a name");
        }
        group = group.strip();
    }
}
