package org.ariadne.messaging;

/** The fields the outbox adds to an aggregate document. Only lib-messaging reads or writes them. */
public final class OutboxFields {
    public static final String VERSION = "version";
    public static final String OUTBOX = "outbox";
    public static final String PENDING = "outboxPending";
    public static final String LEASE_UNTIL = "leaseUntil";
    public static final String LEASE_OWNER = "leaseOwner";

    private OutboxFields() {
    }
}
