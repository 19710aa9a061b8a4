package org.ariadne.monitoring.reminders;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.ariadne.monitoring.rounds.Contribution;
import org.ariadne.monitoring.rounds.Round;
import org.ariadne.monitoring.rounds.RoundActivity;
import org.ariadne.monitoring.rounds.RoundQueries;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.tenancy.TenantJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Sends each reminder once (its id in the tenant's notifications is the de-duplication key):
 * {@code deadline_soon} to the institutions still working on an activity whose deadline (the plans service's reading,
 * {@code deadlineEnd}) is within {@code daysBefore} days, {@code due_soon} to the institution when its contribution is
 * still open {@code daysBefore} days before the due date, {@code overdue} to the institution and {@code escalation} to
 * the coordinator after it. Runs for every active tenant through {@link TenantJobs}; without an SMTP server
 * configured only the in-app notifications are written.
 */
@Service
public class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);
    private static final int LISTED = 500;

    private final ReminderRepository repository;
    private final RoundQueries rounds;
    private final TenantJobs tenantJobs;
    private final ObjectProvider<JavaMailSender> mail;
    private final Clock clock;

    public Reminders(ReminderRepository repository, RoundQueries rounds, TenantJobs tenantJobs,
            ObjectProvider<JavaMailSender> mail) {
        this.repository = repository;
        this.rounds = rounds;
        this.tenantJobs = tenantJobs;
        this.mail = mail;
        this.clock = Clock.systemUTC();
    }

    /** Where reminders go: e-mail per institution (as named in the plan), the coordinator's, the lead time. */
    public record Settings(Map<String, String> institutionEmails, String coordinatorEmail, String fromAddress,
            int daysBefore) {

        public static Settings defaults() {
            return new Settings(Map.of(), null, "ariadne@localhost", 7);
        }
    }

    @Scheduled(fixedDelayString = "${ariadne.monitoring.reminders.interval:PT1H}",
            initialDelayString = "${ariadne.monitoring.reminders.initial-delay:PT5M}")
    void scheduled() {
        tenantJobs.forEachActiveTenant("monitoring-reminders", tenant -> sendDue(LocalDate.now(clock)));
    }

    public Settings settings() {
        return repository.settings();
    }

    public Settings saveSettings(Settings settings) {
        return repository.saveSettings(settings);
    }

    /** The tenant's in-app notifications, newest first. */
    public List<Notification> notifications() {
        return repository.newest(LISTED);
    }

    /** Sends what is due on {@code today} for the tenant in context; returns how many reminders were new. */
    public int sendDue(LocalDate today) {
        Settings settings = settings();
        int sent = 0;
        for (Round round : rounds.openRounds()) {
            LocalDate due = date(round.dueDate());
            if (due == null) {
                continue;
            }
            List<Contribution> open = rounds.contributionsOf(round.roundId()).stream().filter(c -> c.state().isOpen()).toList();
            sent += sendDeadlineReminders(round, open, today, settings);
            String kind = today.isAfter(due) ? "overdue" : !today.isBefore(due.minusDays(settings.daysBefore())) ? "due_soon" : null;
            if (kind == null) {
                continue;
            }
            for (Contribution c : open) {
                String institution = c.institution();
                String subject = ("overdue".equals(kind) ? "Overdue" : "Due " + due) + ": contribution of " + institution
                        + " to the report on " + round.planTitle();
                String text = "The contribution of " + institution + " to the reporting round " + round.periodStart()
                        + " – " + round.periodEnd() + " (" + c.activityIds().size() + " activities) is " + c.state().wire()
                        + "; it is due on " + due + ".";
                if (notify(c.contributionId() + ":" + kind, kind, institution, emailOf(c, settings),
                        subject, text, round.roundId(), settings)) {
                    sent++;
                }
                if ("overdue".equals(kind) && notify(c.contributionId() + ":escalation", "escalation", "coordinator",
                        settings.coordinatorEmail(), "Escalation: " + subject, text, round.roundId(), settings)) {
                    sent++;
                }
            }
        }
        return sent;
    }

    /** The institution's address: under its name, or under one of the ways the plan prints it. */
    private static String emailOf(Contribution c, Settings settings) {
        return c.spellings().stream().map(settings.institutionEmails()::get).filter(java.util.Objects::nonNull).findFirst()
                .orElse(settings.institutionEmails().get(c.institution()));
    }

    /** To each institution still working on an activity whose deadline (as the plans service read it) is near. */
    private int sendDeadlineReminders(Round round, List<Contribution> open, LocalDate today, Settings settings) {
        int sent = 0;
        for (RoundActivity activity : round.activities()) {
            LocalDate deadline = date(activity.deadlineEnd());
            if (deadline == null || today.isAfter(deadline) || today.isBefore(deadline.minusDays(settings.daysBefore()))) {
                continue;
            }
            for (Contribution c : open) {
                if (!c.activityIds().contains(activity.activityId())) {
                    continue;
                }
                String institution = c.institution();
                if (notify(c.contributionId() + ":deadline:" + activity.activityId(), "deadline_soon",
                        institution, emailOf(c, settings),
                        "Deadline " + deadline + ": activity " + activity.code() + " of " + round.planTitle(),
                        "Activity " + activity.code() + " (" + activity.title() + ") is due on "
                                + deadline + "; the contribution of " + institution + " is " + c.state().wire() + ".",
                        round.roundId(), settings)) {
                    sent++;
                }
            }
        }
        return sent;
    }

    private boolean notify(String id, String kind, String recipient, String email, String subject, String text,
            String roundId, Settings settings) {
        if (!repository.recordOnce(new Notification(id, kind, recipient, email, subject, text, roundId,
                Instant.now(clock).truncatedTo(ChronoUnit.MILLIS)))) {
            return false; // sent before
        }
        JavaMailSender sender = mail.getIfAvailable();
        if (email != null && sender != null) {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(settings.fromAddress() == null ? "ariadne@localhost" : settings.fromAddress());
            message.setTo(email);
            message.setSubject(subject);
            message.setText(text);
            try {
                sender.send(message);
            } catch (MailException e) {
                // The in-app notification stands; the e-mail is not retried (logged for the operator).
                log.warn("Reminder {} for tenant {} could not be e-mailed: {}", id, TenantContext.current().orElse(null), e.getMessage());
            }
        }
        return true;
    }

    private static LocalDate date(String iso) {
        try {
            return iso == null ? null : LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
