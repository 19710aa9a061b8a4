package org.ariadne.partners.coordination;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ariadne.partners.coordination.BodyParts.Decision;
import org.ariadne.partners.coordination.BodyParts.FollowUpTask;
import org.ariadne.partners.institution.Institution;
import org.ariadne.partners.institution.InstitutionQueries;
import org.ariadne.partners.settings.PartnerSettings;
import org.ariadne.partners.settings.Settings;
import org.ariadne.partners.settings.Texts;
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
 * E-mails each due follow-up reminder once ({@link TaskReminders} decides which are due): to the assignee
 * institutions' addresses, with the coordinator in copy, in the tenant's language, over the same SMTP set-up monitoring
 * uses ({@code spring.mail.*}). The notification's id ({@code <taskId>:<kind>}) is the de-duplication key, so replicas
 * and restarts never send one twice. Without an SMTP server only the in-app notification is written.
 */
@Service
public class FollowUpReminders {

    private static final Logger log = LoggerFactory.getLogger(FollowUpReminders.class);

    private final BodyRepository bodies;
    private final InstitutionQueries institutions;
    private final Settings settings;
    private final Notifications notifications;
    private final TenantJobs tenantJobs;
    private final ObjectProvider<JavaMailSender> mail;
    private final Clock clock = Clock.systemUTC();

    public FollowUpReminders(BodyRepository bodies, InstitutionQueries institutions, Settings settings,
            Notifications notifications, TenantJobs tenantJobs, ObjectProvider<JavaMailSender> mail) {
        this.bodies = bodies;
        this.institutions = institutions;
        this.settings = settings;
        this.notifications = notifications;
        this.tenantJobs = tenantJobs;
        this.mail = mail;
    }

    /** Where notifications are kept; inserting an id twice reports false. */
    public interface Notifications {
        boolean insert(Notification notification);

        List<Notification> recent(int limit);
    }

    /** A reminder as the tenant's notification list shows it. */
    public record Notification(String id, String kind, String bodyId, String taskId, List<String> recipients,
            String subject, String text, Instant createdAt, boolean emailed) {
    }

    @Scheduled(fixedDelayString = "${ariadne.partners.reminders.interval:PT1H}",
            initialDelayString = "${ariadne.partners.reminders.initial-delay:PT5M}")
    void scheduled() {
        tenantJobs.forEachActiveTenant("partners-follow-up-reminders", tenant -> sendDue(LocalDate.now(clock)));
    }

    /** Sends what is due on {@code today} in the tenant in context; returns how many reminders were new. */
    public int sendDue(LocalDate today) {
        PartnerSettings s = settings.current();
        Texts texts = Texts.of(s.language());
        int sent = 0;
        for (CoordinationBody body : bodies.all()) {
            for (FollowUpTask task : body.tasks()) {
                for (String kind : TaskReminders.dueOn(task, today, s.daysBefore(), s.daysWithoutDueDate())) {
                    if (remind(body, task, kind, s, texts)) {
                        sent++;
                    }
                }
            }
        }
        return sent;
    }

    public List<Notification> recent() {
        return notifications.recent(200);
    }

    private boolean remind(CoordinationBody body, FollowUpTask task, String kind, PartnerSettings s, Texts texts) {
        Decision decision = body.decision(task.decisionId());
        List<String> assignees = new ArrayList<>();
        Set<String> addresses = new LinkedHashSet<>();
        for (String id : task.assigneeInstitutionIds()) {
            Institution institution = institutions.survivor(id).orElse(null);
            assignees.add(institution == null ? id : institution.name());
            if (institution != null && institution.email() != null) {
                addresses.add(institution.email());
            }
        }
        String decisionLabel = decision.act() == null ? body.fields().name()
                : (decision.act().title() == null ? "" : decision.act().title() + " ")
                        + (decision.act().number() == null ? "" : decision.act().number() + " ")
                        + (decision.act().date() == null ? "" : decision.act().date());
        String due = task.due() != null ? task.due() : texts.get("reminder.no_due_date", task.assignedOn());
        String subject = texts.get("reminder." + kind + ".subject", due, shorten(task.text(), 80));
        String text = texts.get("reminder.text", body.fields().name(), decisionLabel.strip(), task.text(),
                String.join(", ", assignees), due, texts.get("task." + task.status().code()));
        List<String> recipients = new ArrayList<>(addresses);
        if (s.coordinatorEmail() != null) {
            recipients.add(s.coordinatorEmail());
        }
        JavaMailSender sender = mail.getIfAvailable();
        boolean email = sender != null && !recipients.isEmpty();
        Notification notification = new Notification(task.id() + ":" + kind, kind, body.id(), task.id(), recipients,
                subject, text, clock.instant(), email);
        if (!notifications.insert(notification)) {
            return false; // sent before
        }
        if (email) {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(s.fromAddress());
            if (addresses.isEmpty()) {
                message.setTo(s.coordinatorEmail());
            } else {
                message.setTo(addresses.toArray(String[]::new));
                if (s.coordinatorEmail() != null) {
                    message.setCc(s.coordinatorEmail());
                }
            }
            message.setSubject(subject);
            message.setText(text);
            try {
                sender.send(message);
                log.info("Follow-up reminder {} of tenant {} e-mailed to {}", notification.id(), TenantContext.require(),
                        recipients);
            } catch (MailException e) {
                // the in-app notification stands; the e-mail is not retried (logged for the operator)
                log.warn("Follow-up reminder {} of tenant {} could not be e-mailed: {}", notification.id(),
                        TenantContext.require(), e.getMessage());
            }
        } else {
            log.info("Follow-up reminder {} of tenant {} written in-app only ({})", notification.id(),
                    TenantContext.require(), sender == null ? "no SMTP server configured" : "no address known");
        }
        return true;
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
