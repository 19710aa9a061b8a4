package org.ariadne.monitoring.reminders;

import java.util.List;

/** The tenant's reminder settings and notifications. */
public interface ReminderRepository {

    /** The settings; defaults (no addresses, seven days) until a coordinator saved some. */
    Reminders.Settings settings();

    Reminders.Settings saveSettings(Reminders.Settings settings);

    /** Records a notification unless one with its id exists; returns whether it is new (then it is sent). */
    boolean recordOnce(Notification notification);

    /** The newest notifications first, at most {@code limit}. */
    List<Notification> newest(int limit);
}
