package org.ariadne.local;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * The local stack's SMTP server, so that reminder e-mails really leave the monitoring service: GreenMail accepting
 * every message on {@code host:port} without authentication and writing each one, as it arrived, to
 * {@code <folder>/<time>-<n>.eml} (open it with any mail client), with one log line per message.
 *
 * <pre>
 * java -cp 'infra/local/target/local-stack.jar:infra/local/target/libs/*' org.ariadne.local.MailServerMain \
 *      &lt;folder&gt; [port (3025)] [bind host (127.0.0.1)]
 * </pre>
 *
 * Nothing is relayed anywhere: production points the services at its own SMTP server (docs/operations.md).
 */
public final class MailServerMain {

    /** Printed once the port is bound; ./run waits for this line. */
    public static final String READY_MARKER = "SMTP listening on";

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private MailServerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help")) {
            System.out.println("usage: MailServerMain <folder> [port] [bind-host]");
            return;
        }
        Path folder = Path.of(args[0]);
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 3025;
        String host = args.length > 2 ? args[2] : "127.0.0.1";

        Running running = start(folder, host, port);
        Runtime.getRuntime().addShutdownHook(new Thread(running::close, "mail-shutdown"));
        System.out.printf("GreenMail %s %s:%d, writing messages to %s%n", READY_MARKER, host, port,
                folder.toAbsolutePath());
        System.out.flush();
        new CountDownLatch(1).await(); // serve until the JVM is asked to stop
    }

    /** Starts the server and the writer that moves received messages into {@code folder} every 200 ms. */
    public static Running start(Path folder, String host, int port) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the mail folder " + folder, e);
        }
        ServerSetup smtp = new ServerSetup(port, host, ServerSetup.PROTOCOL_SMTP);
        GreenMail greenMail = new GreenMail(port == 0 ? smtp.dynamicPort() : smtp); // 0: any free port (tests)
        greenMail.start();
        Running running = new Running(greenMail, folder);
        running.writer.scheduleWithFixedDelay(running::writeReceived, 200, 200, TimeUnit.MILLISECONDS);
        return running;
    }

    /** A running server; {@link #close()} writes what is left and stops it (idempotent). */
    public static final class Running implements AutoCloseable {
        private final GreenMail greenMail;
        private final Path folder;
        private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "mail-writer");
            thread.setDaemon(true);
            return thread;
        });
        private final AtomicInteger written = new AtomicInteger();
        private final Set<String> writtenIds = new HashSet<>();
        private final AtomicBoolean closed = new AtomicBoolean();

        Running(GreenMail greenMail, Path folder) {
            this.greenMail = greenMail;
            this.folder = folder;
        }

        public int port() {
            return greenMail.getSmtp().getPort();
        }

        /** Messages written to the folder so far. */
        public int written() {
            return written.get();
        }

        synchronized void writeReceived() {
            // A message to several recipients is delivered once per mailbox: one file per message id. (GreenMail keeps
            // the messages in memory; a local stack receives a few reminders an hour, so that is fine.)
            for (MimeMessage message : greenMail.getReceivedMessages()) {
                if (!writtenIds.add(messageId(message))) {
                    continue;
                }
                int n = written.incrementAndGet();
                Path file = folder.resolve(LocalDateTime.now().format(FILE_TIME) + "-" + n + ".eml");
                try (OutputStream out = Files.newOutputStream(file)) {
                    message.writeTo(out);
                    System.out.printf("mail %d to %s: \"%s\" -> %s%n", n, recipients(message), message.getSubject(),
                            file.getFileName());
                } catch (IOException | MessagingException e) {
                    System.out.printf("mail %d could not be written to %s: %s%n", n, file, e);
                }
                System.out.flush();
            }
        }

        @Override
        public void close() {
            if (closed.compareAndSet(false, true)) {
                writeReceived();
                writer.shutdownNow();
                greenMail.stop();
            }
        }
    }

    private static String messageId(MimeMessage message) {
        try {
            String id = message.getMessageID();
            return id != null ? id : Integer.toHexString(System.identityHashCode(message));
        } catch (MessagingException e) {
            return Integer.toHexString(System.identityHashCode(message));
        }
    }

    private static String recipients(MimeMessage message) throws MessagingException {
        Address[] to = message.getAllRecipients();
        return to == null ? "(nobody)" : String.join(", ", Arrays.stream(to).map(Address::toString).toList());
    }
}
