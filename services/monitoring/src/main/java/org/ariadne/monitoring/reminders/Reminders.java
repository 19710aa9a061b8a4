package org.ariadne.monitoring.reminders;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.tenancy.TenantJobs;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Sends each reminder once (its id in the tenant's {@code notifications} is the de-duplication key):
 * {@code deadline_soon} to the institutions still working on an activity whose deadline (the plans service's reading,
 * {@code deadlineEnd}) is within {@code daysBefore} days, {@code due_soon} to the institution when its contribution is still open {@code daysBefore} days before the due
 * date, {@code overdue} to the institution and {@code escalation} to the coordinator after it. Runs for every active
 * tenant through {@link TenantJobs}; without an SMTP server configured only the in-app notifications are written.
 */
@Service
public class Reminders {

    static final String NOTIFICATIONS = "notifications";
    static final String SETTINGS = "settings";
    static final String SETTINGS_ID = "reminders";
    private static final List<String> OPEN_STATES = List.of("requested", "draft", "returned");
    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    private final TenantDatabases databases;
    private final TenantJobs tenantJobs;
    private final ObjectProvider<JavaMailSender> mail;
    private final Clock clock;

    public Reminders(TenantDatabases databases, TenantJobs tenantJobs, ObjectProvider<JavaMailSender> mail) {
        this.databases = databases;
        this.tenantJobs = tenantJobs;
        this.mail = mail;
        this.clock = Clock.systemUTC();
    }

    /** Where reminders go: e-mail per institution (as named in the plan), the coordinator's, the lead time. */
    public record Settings(Map<String, String> institutionEmails, String coordinatorEmail, String fromAddress,
            int daysBefore) {
    }

    @Scheduled(fixedDelayString = "${ariadne.monitoring.reminders.interval:PT1H}",
            initialDelayString = "${ariadne.monitoring.reminders.initial-delay:PT5M}")
    void scheduled() {
        tenantJobs.forEachActiveTenant("monitoring-reminders", tenant -> sendDue(LocalDate.now(clock)));
    }

    public Settings settings() {
        Document d = db().getCollection(SETTINGS).find(eq("_id", SETTINGS_ID)).first();
        if (d == null) {
            return new Settings(Map.of(), null, "ariadne@localhost", 7);
        }
        Map<String, String> emails = new java.util.LinkedHashMap<>();
        Document e = d.get("institutionEmails", Document.class);
        if (e != null) {
            e.forEach((k, v) -> emails.put(k, String.valueOf(v)));
        }
        return new Settings(emails, d.getString("coordinatorEmail"), d.getString("fromAddress"), d.getInteger("daysBefore", 7));
    }

    public Settings saveSettings(Settings settings) {
        db().getCollection(SETTINGS).replaceOne(eq("_id", SETTINGS_ID), new Document("_id", SETTINGS_ID)
                .append("institutionEmails", new Document(new java.util.LinkedHashMap<>(settings.institutionEmails())))
                .append("coordinatorEmail", settings.coordinatorEmail()).append("fromAddress", settings.fromAddress())
                .append("daysBefore", settings.daysBefore()), new ReplaceOptions().upsert(true));
        return settings();
    }

    /** The tenant's in-app notifications, newest first. */
    public List<Document> notifications() {
        List<Document> list = new ArrayList<>();
        for (Document d : db().getCollection(NOTIFICATIONS).find().sort(Sorts.descending("createdAt")).limit(500)) {
            d.put("notificationId", d.remove("_id"));
            list.add(d);
        }
        return list;
    }

    /** Sends what is due on {@code today} for the tenant in context; returns how many reminders were new. */
    public int sendDue(LocalDate today) {
        Settings settings = settings();
        int sent = 0;
        for (Document round : db().getCollection("rounds").find(eq("state", "open"))) {
            LocalDate due;
            try {
                due = LocalDate.parse(round.getString("dueDate"));
            } catch (DateTimeParseException | NullPointerException e) {
                continue;
            }
            sent += sendDeadlineReminders(round, today, settings);
            String kind = today.isAfter(due) ? "overdue" : !today.isBefore(due.minusDays(settings.daysBefore())) ? "due_soon" : null;
            if (kind == null) {
                continue;
            }
            for (Document c : db().getCollection("contributions").find(and(eq("roundId", round.getString("_id")),
                    in("state", OPEN_STATES)))) {
                String institution = c.getString("institution");
                String subject = ("overdue".equals(kind) ? "Overdue" : "Due " + due) + ": contribution of " + institution
                        + " to the report on " + round.getString("planTitle");
                String text = "The contribution of " + institution + " to the reporting round " + round.getString("periodStart")
                        + " – " + round.getString("periodEnd") + " (" + c.getList("activityIds", String.class).size()
                        + " activities) is " + c.getString("state") + "; it is due on " + due + ".";
                if (notify(c.getString("_id") + ":" + kind, kind, institution, settings.institutionEmails().get(institution),
                        subject, text, round.getString("_id"), settings)) {
                    sent++;
                }
                if ("overdue".equals(kind) && notify(c.getString("_id") + ":escalation", "escalation", "coordinator",
                        settings.coordinatorEmail(), "Escalation: " + subject, text, round.getString("_id"), settings)) {
                    sent++;
                }
            }
        }
        return sent;
    }

    /** To each institution still working on an activity whose deadline (as the plans service read it) is near. */
    private int sendDeadlineReminders(Document round, LocalDate today, Settings settings) {
        int sent = 0;
        for (Document activity : round.getList("activities", Document.class, List.of())) {
            String end = activity.getString("deadlineEnd");
            LocalDate deadline;
            try {
                deadline = end == null ? null : LocalDate.parse(end);
            } catch (DateTimeParseException e) {
                deadline = null;
            }
            if (deadline == null || today.isAfter(deadline) || today.isBefore(deadline.minusDays(settings.daysBefore()))) {
                continue;
            }
            for (Document c : db().getCollection("contributions").find(and(eq("roundId", round.getString("_id")),
                    eq("activityIds", activity.getString("activityId")), in("state", OPEN_STATES)))) {
                String institution = c.getString("institution");
                if (notify(c.getString("_id") + ":deadline:" + activity.getString("activityId"), "deadline_soon",
                        institution, settings.institutionEmails().get(institution),
                        "Deadline " + deadline + ": activity " + activity.getString("code") + " of " + round.getString("planTitle"),
                        "Activity " + activity.getString("code") + " (" + activity.getString("title") + ") is due on "
                                + deadline + "; the contribution of " + institution + " is " + c.getString("state") + ".",
                        round.getString("_id"), settings)) {
                    sent++;
                }
            }
        }
        return sent;
    }

    private boolean notify(String id, String kind, String recipient, String email, String subject, String text,
            String roundId, Settings settings) {
        try {
            db().getCollection(NOTIFICATIONS).insertOne(new Document("_id", id).append("kind", kind)
                    .append("recipient", recipient).append("email", email).append("subject", subject)
                    .append("text", text).append("roundId", roundId).append("createdAt", Instant.now(clock).toString()));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false; // sent before
            }
            throw e;
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

    private MongoDatabase db() {
        return databases.current();
    }
}
