package org.ariadne.identity.invitation.internal;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ariadne.identity.invitation.InvitationMail;
import org.ariadne.identity.invitation.InvitationRepository;
import org.ariadne.identity.invitation.InvitationRepository.PendingMail;
import org.ariadne.identity.invitation.Invitations;
import org.ariadne.identity.tenant.Tenant;
import org.ariadne.identity.tenant.TenantRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends invitation mails in the background, over the SMTP server of {@code spring.mail.*}: at once when one waits, and
 * every {@code ariadne.identity.mail.retry-interval} for those that failed (up to {@value #MAX_ATTEMPTS} attempts).
 * A mail is leased before it is sent, so two replicas never send the same one; without an SMTP server the invitation
 * is marked {@code not-configured} (a platform admin or coordinator sends a new one once mail works).
 */
@Component
class InvitationMailer {

    static final int MAX_ATTEMPTS = 5;
    private static final Logger log = LoggerFactory.getLogger(InvitationMailer.class);
    private static final Duration LEASE = Duration.ofMinutes(1);

    private final InvitationRepository invitations;
    private final TenantRegistry tenants;
    private final ObjectProvider<JavaMailSender> mail;
    private final String publicUrl;
    private final String from;
    /** Platform work, not a tenant's: its own thread rather than a scheduled method (those go per tenant). */
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "invitation-mailer");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean queued = new AtomicBoolean();
    private final Clock clock = Clock.systemUTC();

    InvitationMailer(InvitationRepository invitations, Invitations service, TenantRegistry tenants, ObjectProvider<JavaMailSender> mail,
            @Value("${ariadne.identity.public-url:${ariadne.identity.issuer}}") String publicUrl,
            @Value("${ariadne.identity.mail.from:ariadne@localhost}") String from,
            @Value("${ariadne.identity.mail.retry-interval:PT30S}") Duration retryInterval) {
        this.invitations = invitations;
        this.tenants = tenants;
        this.mail = mail;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.from = from;
        service.onMailWaiting(this::sendSoon);
        sender.scheduleWithFixedDelay(this::sendSoon, retryInterval.toMillis(), retryInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void sendSoon() {
        if (queued.compareAndSet(false, true)) {
            sender.execute(() -> {
                queued.set(false);
                sendPending();
            });
        }
    }

    private void sendPending() {
        try {
            Optional<PendingMail> next;
            while ((next = invitations.claimPendingMail(clock.instant(), clock.instant().plus(LEASE))).isPresent()) {
                send(next.get());
            }
        } catch (RuntimeException e) {
            log.error("Sending invitation mails stopped; they are tried again shortly", e);
        }
    }

    private void send(PendingMail pending) {
        var invitation = pending.invitation();
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            log.warn("No SMTP server is configured (spring.mail.host): the {} mail for {} is not sent", invitation.purpose().wire(),
                    invitation.username());
            invitations.mailNotConfigured(invitation.id());
            return;
        }
        String tenantName = Optional.ofNullable(invitation.tenant()).flatMap(tenants::find).map(Tenant::name)
                .orElse(invitation.tenant() == null ? "Ariadne" : invitation.tenant());
        InvitationMail content = InvitationMail.of(invitation, publicUrl + "/invitations/" + pending.token(), tenantName);
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(invitation.email());
        message.setSubject(content.subject());
        message.setText(content.text());
        try {
            sender.send(message);
            invitations.mailSent(invitation.id(), Instant.now());
            log.info("{} mail for {} sent to {}", invitation.purpose().wire(), invitation.username(), invitation.email());
        } catch (MailException e) {
            log.warn("{} mail for {} could not be sent (attempts are repeated): {}", invitation.purpose().wire(),
                    invitation.username(), e.getMessage());
            invitations.mailFailed(invitation.id(), e.getMessage(), MAX_ATTEMPTS);
        }
    }

    @PreDestroy
    void stop() {
        sender.shutdownNow();
    }
}
