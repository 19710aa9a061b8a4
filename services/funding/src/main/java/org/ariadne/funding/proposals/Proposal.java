package org.ariadne.funding.proposals;

import java.util.List;
import org.ariadne.funding.line.ActivityRef;
import org.ariadne.funding.line.Allocation;
import org.ariadne.funding.line.SourceKind;

/**
 * A line the plans suggest, waiting for the coordinator: {@code new_line} (what one activity prints: its amounts by
 * year, or an amount still to be determined) or {@code merge} (the same money printed under several activity codes —
 * same holder, currency and amounts in the same years — to become one line shared by them). Accepting creates the
 * line and its links; rejecting keeps the reason. Nothing here counts in a total until it is accepted.
 *
 * @param key     stable while the plans print the same thing
 * @param members for a merge, the keys of the new_line proposals it merges
 * @param printed the texts the proposal was read from, as printed
 */
public record Proposal(String key, String kind, String title, String code, String holder, String currency,
        SourceKind sourceKind, String programme, List<Allocation> allocations, List<ActivityRef> activities,
        List<String> members, List<String> printed, String why) {

    public static final String NEW_LINE = "new_line";
    public static final String MERGE = "merge";

    public Proposal {
        allocations = List.copyOf(allocations);
        activities = List.copyOf(activities);
        members = members == null ? List.of() : List.copyOf(members);
        printed = printed == null ? List.of() : List.copyOf(printed);
    }
}
