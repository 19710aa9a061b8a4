package org.ariadne.messaging;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A minimal service for the library's own tests: aggregates with an outbox live in the {@code things} collection. */
@SpringBootApplication
public class MessagingTestApplication {
}
