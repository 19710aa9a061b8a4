package org.ariadne.messaging;

/** The aggregate's version moved between read and write; callers retry or answer 412. */
public class ConcurrentModificationException extends RuntimeException {
    public ConcurrentModificationException(String message) {
        super(message);
    }
}
