package org.ariadne.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real SMTP server (GreenMail) for the tests of a service that sends e-mail, started once per JVM on a port the
 * operating system picks (CI machines are shared: a fixed port collides with whatever else runs there) and handed to
 * every Spring context as {@code spring.mail.host}/{@code spring.mail.port}.
 *
 * <p>A module registers it for all its contexts at once, so they keep one shape and Spring caches one context, in
 * {@code src/test/resources/META-INF/spring.factories}:
 * {@code org.springframework.context.ApplicationContextInitializer=org.ariadne.testing.TestSmtp}.
 */
public final class TestSmtp implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static GreenMail server;

    /** The running server, started on first use. */
    public static synchronized GreenMail server() {
        if (server == null) {
            GreenMail started = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
            started.start();
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop));
            server = started;
        }
        return server;
    }

    /** The port the server listens on. */
    public static int port() {
        return server().getSmtp().getPort();
    }

    /** Forgets every mail received so far, so a test counts only its own. */
    public static void purge() {
        try {
            server().purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException("Could not empty the test SMTP server's mailboxes", e);
        }
    }

    /** Every mail received since the last {@link #purge()}, after waiting up to {@code timeout} for {@code count}. */
    public static MimeMessage[] await(int count, Duration timeout) {
        server().waitForIncomingEmail(timeout.toMillis(), count);
        return server().getReceivedMessages();
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of("spring.mail.host=127.0.0.1", "spring.mail.port=" + port()).applyTo(context.getEnvironment());
    }
}
