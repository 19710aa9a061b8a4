package org.ariadne.identity;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ariadne.testing.TestSmtp;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The SMTP server identity's tests send invitation mails to ({@link TestSmtp}: one per JVM, on a free port), with
 * helpers to find a person's mail by recipient and read its invitation link.
 */
public final class TestMail implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Pattern LINK = Pattern.compile("https?://\\S+/invitations/([A-Za-z0-9_-]+)");

    static GreenMail server() {
        return TestSmtp.server();
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        new TestSmtp().initialize(context);
    }

    /** The newest mail to {@code recipient} whose subject contains {@code subject}, waiting up to {@code timeout}. */
    static MimeMessage await(String recipient, String subject, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            MimeMessage[] to = Arrays.stream(server().getReceivedMessages()).filter(m -> to(m, recipient) && subject(m).contains(subject))
                    .toArray(MimeMessage[]::new);
            if (to.length >= count) {
                return to[to.length - 1];
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("No mail '" + subject + "' (#" + count + ") to " + recipient + " within " + timeout);
    }

    static int count(String recipient) {
        return (int) Arrays.stream(server().getReceivedMessages()).filter(m -> to(m, recipient)).count();
    }

    /** The token of the invitation link in a mail. */
    static String token(MimeMessage message) {
        Matcher link = LINK.matcher(body(message));
        if (!link.find()) {
            throw new AssertionError("No invitation link in: " + body(message));
        }
        return link.group(1);
    }

    static String body(MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String subject(MimeMessage message) {
        try {
            return Optional.ofNullable(message.getSubject()).orElse("");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean to(MimeMessage message, String recipient) {
        try {
            return message.getAllRecipients() != null && Arrays.stream(message.getAllRecipients())
                    .anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
