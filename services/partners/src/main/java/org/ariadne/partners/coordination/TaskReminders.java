package org.ariadne.partners.coordination;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ariadne.partners.coordination.BodyParts.FollowUpTask;

/**
 * Which reminders a pending follow-up task is due on a given day: {@code due_soon} within {@code daysBefore} days of
 * its due date, {@code overdue} after it, and, for a task with no due date (a Government conclusion often sets none),
 * {@code open_without_due_date} once it has been open {@code daysWithoutDueDate} days. Each reminder is sent once; the
 * caller keeps the ids ({@code <taskId>:<kind>}) of those already sent.
 */
public final class TaskReminders {

    public static final String DUE_SOON = "due_soon";
    public static final String OVERDUE = "overdue";
    public static final String OPEN_WITHOUT_DUE_DATE = "open_without_due_date";

    private TaskReminders() {
    }

    public static List<String> dueOn(FollowUpTask task, LocalDate today, int daysBefore, int daysWithoutDueDate) {
        List<String> kinds = new ArrayList<>();
        if (!task.status().isPending()) {
            return kinds;
        }
        if (task.due() != null) {
            LocalDate due = LocalDate.parse(task.due());
            if (today.isAfter(due)) {
                kinds.add(OVERDUE);
            } else if (!today.isBefore(due.minusDays(daysBefore))) {
                kinds.add(DUE_SOON);
            }
        } else if (task.assignedOn() != null
                && !today.isBefore(LocalDate.parse(task.assignedOn()).plusDays(daysWithoutDueDate))) {
            kinds.add(OPEN_WITHOUT_DUE_DATE);
        }
        return kinds;
    }
}
