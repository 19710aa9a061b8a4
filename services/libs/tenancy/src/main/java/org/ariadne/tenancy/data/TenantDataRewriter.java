package org.ariadne.tenancy.data;

import org.ariadne.tenancy.TenantId;
import org.bson.Document;

/**
 * Rewrites what a library keeps inside a tenant's documents when they are imported under another tenant id, beyond
 * the generic rule of {@link TenantData} (fields {@code tenant}/{@code tenantId}, {@code /api/t/<tenant>/} links).
 * lib-messaging rewrites its outbox entries this way, so pending events leave as the new tenant.
 */
@FunctionalInterface
public interface TenantDataRewriter {

    /** Changes {@code document} (of {@code collection}) in place for its new tenant. */
    void rewrite(String collection, Document document, TenantId from, TenantId to);
}
