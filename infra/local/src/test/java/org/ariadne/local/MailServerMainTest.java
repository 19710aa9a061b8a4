package org.ariadne.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailServerMainTest {

    @TempDir
    Path folder;

    @Test
    void aMessageToTwoRecipientsIsWrittenOnceAsAnEmlFile() throws Exception {
        try (MailServerMain.Running server = MailServerMain.start(folder, "127.0.0.1", 0)) {
            Properties props = new Properties();
            props.put("mail.smtp.host", "127.0.0.1");
            props.put("mail.smtp.port", String.valueOf(server.port()));
            MimeMessage message = new MimeMessage(Session.getInstance(props));
            message.setFrom(new InternetAddress("ariadne@localhost"));
            message.setRecipients(Message.RecipientType.TO, "focal.mup@example.org, coordinator@example.org");
            message.setSubject("Podsjetnik: izvještaj za 2021–2024", "UTF-8");
            message.setText("Rok za dostavu je 31.03.2025.", "UTF-8");
            Transport.send(message);

            long deadline = System.nanoTime() + 10_000_000_000L;
            while (server.written() < 1 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            Thread.sleep(500); // a second copy (the other mailbox) would be written by now
        }

        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.toList();
        }
        assertThat(files).singleElement().satisfies(file -> {
            assertThat(file.getFileName().toString()).endsWith("-1.eml");
            assertThat(Files.readString(file)).contains("focal.mup@example.org").contains("Subject:");
        });
    }
}
