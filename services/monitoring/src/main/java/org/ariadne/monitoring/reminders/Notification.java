package org.ariadne.monitoring.reminders;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * An in-app notification (and the e-mail sent with it, when an address is known). Its id is the reminder's
 * de-duplication key: {@code <contributionId>:<kind>} or {@code <contributionId>:deadline:<activityId>}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Notification(String notificationId, String kind, String recipient, String email, String subject, String text,
        String roundId, Instant createdAt) {

    /** The same notification without the address it was mailed to (only the coordinator sees addresses). */
    public Notification withoutEmail() {
        return new Notification(notificationId, kind, recipient, null, subject, text, roundId, createdAt);
    }
}
