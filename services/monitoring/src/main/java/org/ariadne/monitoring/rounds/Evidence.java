package org.ariadne.monitoring.rounds;

import java.util.List;

/**
 * An evidence item of a round (legal act with number and date, training or event with participants by sex, meeting,
 * statistics, file reference). It can support several activities and is counted once. Evidence whose
 * {@code scope} is another jurisdiction than the tenant's is shown but not counted.
 */
public record Evidence(String evidenceId, String kind, String title, String reference, String date,
        Integer participantsFemale, Integer participantsMale, String scope, List<String> activityIds, String fileRef) {

    public static final String KINDS = "legal_act|training|event|meeting|statistics|file";

    public Evidence {
        activityIds = activityIds == null ? List.of() : List.copyOf(activityIds);
    }
}
