package org.ariadne.identity.tenant;

/** The gateway serves only ACTIVE tenants; a SUSPENDED tenant keeps its data but answers 403 tenant-inactive. */
public enum TenantStatus {
    ACTIVE, SUSPENDED
}
