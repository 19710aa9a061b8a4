package org.ariadne.partners.coordination;

import java.util.Optional;

/** Where a follow-up task stands; only open and in-progress tasks get reminders. */
public enum TaskStatus {
    OPEN, IN_PROGRESS, DONE, CANCELLED;

    public String code() {
        return Codes.of(this);
    }

    public boolean isPending() {
        return this == OPEN || this == IN_PROGRESS;
    }

    public static Optional<TaskStatus> of(String code) {
        return Codes.parse(TaskStatus.class, code);
    }

    public static String codes() {
        return Codes.list(TaskStatus.class);
    }
}
