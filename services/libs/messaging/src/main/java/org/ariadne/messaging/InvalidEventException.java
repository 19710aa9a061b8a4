package org.ariadne.messaging;

/** A record that can never be processed (unreadable payload, tenant mismatch): sent to the DLT without retries. */
public class InvalidEventException extends RuntimeException {
    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
