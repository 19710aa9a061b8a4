package org.ariadne.monitoring.rounds;

import java.util.List;

/** The statuses an activity can have in a round (wire values). */
public final class ActivityStatus {

    public static final String NOT_STARTED = "not_started";
    public static final String ONGOING = "ongoing";
    public static final String PARTIALLY_IMPLEMENTED = "partially_implemented";
    public static final String IMPLEMENTED = "implemented";
    public static final String NOT_IMPLEMENTED = "not_implemented";
    public static final String NO_DATA = "no_data";

    public static final List<String> ALL = List.of(NOT_STARTED, ONGOING, PARTIALLY_IMPLEMENTED, IMPLEMENTED,
            NOT_IMPLEMENTED, NO_DATA);

    /** The regular expression request validation uses. */
    public static final String PATTERN = "not_started|ongoing|partially_implemented|implemented|not_implemented|no_data";

    private ActivityStatus() {
    }
}
