package org.ariadne.partners.resolution;

import java.time.Instant;
import java.util.List;
import org.ariadne.partners.institution.NameMatch;

/**
 * A printed name no alias covers, waiting for the coordinator: one item per name key (all spellings that fold alike),
 * with where it is printed and what it resembles. The coordinator resolves it to an existing institution, creates an
 * institution for it, or marks it a generic mention; each decision becomes an alias, so the name never waits again.
 */
public record ReviewItem(String key, String text, ReviewStatus status, List<Place> places,
        List<NameMatch.Suggestion> suggestions, Decision decision, Instant firstSeen, Instant updatedAt) {

    public static final int MAX_PLACES = 200;

    public ReviewItem {
        places = places == null ? List.of() : List.copyOf(places);
        suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
    }

    public enum ReviewStatus {
        OPEN, RESOLVED, GENERIC
    }

    /** Where the name is printed. */
    public record Place(String planId, String activityId, String code, String role, String printed) {
    }

    /** What the coordinator decided, by whom and when. */
    public record Decision(String action, String institutionId, String aliasKind, String by, Instant at) {
    }
}
