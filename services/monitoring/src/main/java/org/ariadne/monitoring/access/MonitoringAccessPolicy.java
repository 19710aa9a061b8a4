package org.ariadne.monitoring.access;

import static org.ariadne.tenancy.access.AccessPolicy.reads;
import static org.ariadne.tenancy.access.AccessPolicy.writes;

import org.ariadne.tenancy.TenantRole;
import org.ariadne.tenancy.access.AccessPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may do what in monitoring: the coordinator runs rounds (opens, imports, freezes, returns and accepts
 * contributions), keeps the settings and the statistics; a focal point or the coordinator works on contributions and
 * records evidence (the contribution's own rule, and the evidence's, narrow a focal point to its institution); every
 * member of the tenant
 * reads, and asks for reports.
 */
@Configuration(proxyBeanMethods = false)
class MonitoringAccessPolicy {

    private static final String BASE = "/api/t/{tenant}/monitoring";

    @Bean
    AccessPolicy monitoringAccess() {
        return AccessPolicy.of(
                writes(BASE + "/plans/{planId}/rounds", "Opening a round", TenantRole.COORDINATOR),
                writes(BASE + "/plans/{planId}/rounds/import", "Importing a printed round", TenantRole.COORDINATOR),
                writes(BASE + "/rounds/{roundId}/freeze", "Freezing a round", TenantRole.COORDINATOR),
                writes(BASE + "/rounds/{roundId}/evidence", "Recording evidence", TenantRole.COORDINATOR, TenantRole.FOCAL_POINT),
                writes(BASE + "/rounds/{roundId}/evidence-files", "Uploading an evidence file", TenantRole.COORDINATOR,
                        TenantRole.FOCAL_POINT),
                writes(BASE + "/contributions/{id}/return", "Returning a contribution", TenantRole.COORDINATOR),
                writes(BASE + "/contributions/{id}/accept", "Accepting a contribution", TenantRole.COORDINATOR),
                writes(BASE + "/contributions/{id}/**", "Working on a contribution", TenantRole.COORDINATOR,
                        TenantRole.FOCAL_POINT),
                writes(BASE + "/settings/**", "Changing settings", TenantRole.COORDINATOR),
                reads(BASE + "/settings/reminders", "Reading reminder settings", TenantRole.COORDINATOR),
                writes(BASE + "/statistics/**", "Recording THB statistics", TenantRole.COORDINATOR),
                reads(BASE + "/parent-reads", "Reading who of the parent tenant read this tenant", TenantRole.COORDINATOR));
    }
}
