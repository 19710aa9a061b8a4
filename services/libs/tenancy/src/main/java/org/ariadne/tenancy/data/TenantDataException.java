package org.ariadne.tenancy.data;

/**
 * An export, import or drop of a tenant's data that cannot be done: the target tenant has data already
 * ({@link Kind#CONFLICT}), or the stream is not a tenant data stream of this service, is cut off or holds an invalid
 * line ({@link Kind#MALFORMED}). lib-web answers with the matching problem.
 */
public class TenantDataException extends RuntimeException {

    /** What went wrong. */
    public enum Kind { CONFLICT, MALFORMED }

    private final Kind kind;

    public TenantDataException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
