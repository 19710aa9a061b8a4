package org.ariadne.tenancy.data;

import org.ariadne.tenancy.TenantId;

/** Told once a tenant's data was imported (lib-messaging: publish the imported pending events now). */
@FunctionalInterface
public interface TenantDataImported {

    void imported(TenantId tenant);
}
