package org.ariadne.tenancy;

import io.micrometer.context.ThreadLocalAccessor;

/**
 * Lets Micrometer context-propagation carry the tenant to executors, {@code @Async} methods and Reactor
 * operators (registered through META-INF/services). Each hop restores what was there before.
 */
public class TenantThreadLocalAccessor implements ThreadLocalAccessor<TenantId> {

    public static final String KEY = "ariadne.tenant";

    @Override
    public Object key() {
        return KEY;
    }

    @Override
    public TenantId getValue() {
        return TenantContext.current().orElse(null);
    }

    @Override
    public void setValue(TenantId value) {
        TenantContext.enter(value);
    }

    @Override
    public void setValue() {
        TenantContext.restore(null);
    }

    @Override
    public void restore(TenantId previousValue) {
        TenantContext.restore(previousValue);
    }

    @Override
    public void restore() {
        TenantContext.restore(null);
    }
}
