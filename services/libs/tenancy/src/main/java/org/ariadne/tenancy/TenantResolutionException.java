package org.ariadne.tenancy;

/**
 * A Kafka record whose tenant is missing, malformed or contradicts its payload. Never retried: the record goes
 * straight to the dead-letter topic.
 */
public class TenantResolutionException extends RuntimeException {
    public TenantResolutionException(String message) {
        super(message);
    }
}
