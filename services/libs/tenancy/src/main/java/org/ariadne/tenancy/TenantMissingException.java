package org.ariadne.tenancy;

/** Code needed a tenant but ran outside {@link TenantContext#callAs}: a programming error, never "all tenants". */
public class TenantMissingException extends IllegalStateException {
    public TenantMissingException() {
        super("No tenant in context: this code must run inside TenantContext.callAs/runAs");
    }
}
