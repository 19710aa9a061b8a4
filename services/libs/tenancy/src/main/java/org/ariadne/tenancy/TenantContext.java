package org.ariadne.tenancy;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.slf4j.MDC;

/**
 * The tenant the current thread works for. It can only be entered for the extent of a call ({@link #callAs},
 * {@link #runAs}); there is no public setter, so no code path can leak a tenant into the next piece of work.
 * Propagation to other threads goes through {@link TenantThreadLocalAccessor} (context-propagation).
 */
public final class TenantContext {

    /** Log lines carry the tenant ({@code %X{tenant}}) wherever work runs in its context. */
    public static final String MDC_KEY = "tenant";

    private static final ThreadLocal<TenantId> CURRENT = new ThreadLocal<>();

    private TenantContext() {
    }

    public static <T> T callAs(TenantId tenant, Supplier<T> work) {
        TenantId previous = enter(tenant);
        try {
            return work.get();
        } finally {
            restore(previous);
        }
    }

    /** For callers whose work throws checked exceptions (servlet filters). */
    public static <T> T callAsChecked(TenantId tenant, Callable<T> work) throws Exception {
        TenantId previous = enter(tenant);
        try {
            return work.call();
        } finally {
            restore(previous);
        }
    }

    public static void runAs(TenantId tenant, Runnable work) {
        TenantId previous = enter(tenant);
        try {
            work.run();
        } finally {
            restore(previous);
        }
    }

    /** The current tenant; throws when there is none, because "no tenant" never means "every tenant". */
    public static TenantId require() {
        TenantId tenant = CURRENT.get();
        if (tenant == null) {
            throw new TenantMissingException();
        }
        return tenant;
    }

    public static Optional<TenantId> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    static TenantId enter(TenantId tenant) {
        if (tenant == null) {
            throw new TenantMissingException();
        }
        TenantId previous = CURRENT.get();
        CURRENT.set(tenant);
        MDC.put(MDC_KEY, tenant.value());
        return previous;
    }

    static void restore(TenantId previous) {
        if (previous == null) {
            CURRENT.remove();
            MDC.remove(MDC_KEY);
        } else {
            CURRENT.set(previous);
            MDC.put(MDC_KEY, previous.value());
        }
    }
}
