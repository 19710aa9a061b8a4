package org.ariadne.messaging;

/**
 * An aggregate already holds as many unpublished events as it may (Kafka is away, or the relay is catching up after a
 * large import): the write is refused rather than growing the document. Nothing is lost and the client may retry
 * shortly; lib-web answers it with the {@code upstream-unavailable} (503) problem.
 */
public class OutboxFullException extends RuntimeException {

    public OutboxFullException(Object aggregateId, int maxPending) {
        super("Changes to " + aggregateId + " are paused: " + maxPending
                + " of its events are still waiting to be published. Try again in a few seconds.");
    }
}
