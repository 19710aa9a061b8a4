package org.ariadne.tenancy;

/**
 * A request the tenant guard refuses: it names no tenant, a tenant its token does not grant, or carries no token.
 * lib-web answers it with the matching problem ({@code tenant-missing}, {@code tenant-forbidden},
 * {@code unauthenticated}).
 */
public class TenantRefusedException extends RuntimeException {

    /** Why the request was refused. */
    public enum Reason { MISSING, FORBIDDEN, UNAUTHENTICATED }

    private final Reason reason;

    public TenantRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
