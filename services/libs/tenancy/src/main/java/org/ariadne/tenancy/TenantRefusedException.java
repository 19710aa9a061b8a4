package org.ariadne.tenancy;

/**
 * A request the tenant guard refuses: it names no tenant, a tenant its token does not grant, carries no token, or
 * would change a suspended tenant. lib-web answers it with the matching problem ({@code tenant-missing},
 * {@code tenant-forbidden}, {@code unauthenticated}, {@code tenant-inactive}).
 */
public class TenantRefusedException extends RuntimeException {

    /** Why the request was refused. */
    public enum Reason { MISSING, FORBIDDEN, UNAUTHENTICATED, INACTIVE }

    private final Reason reason;

    public TenantRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
