package org.ariadne.funding.access;

import static org.ariadne.tenancy.access.AccessPolicy.reads;
import static org.ariadne.tenancy.access.AccessPolicy.writes;

import org.ariadne.tenancy.TenantRole;
import org.ariadne.tenancy.access.AccessPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may change funding: a tenant's lines, allocations, links, transactions, grants, rates, proposal decisions,
 * imports and exports are its coordinators' (the finance officer of the coordinating body works as coordinator);
 * every member of the tenant reads. A line of another tenant is never reached at all (404), whatever the role.
 */
@Configuration(proxyBeanMethods = false)
class FundingAccessPolicy {

    @Bean
    AccessPolicy fundingAccess() {
        return AccessPolicy.of(
                writes("/api/t/{tenant}/funding/**", "Changing funding", TenantRole.COORDINATOR),
                reads("/api/t/{tenant}/funding/parent-reads", "Reading who of the parent tenant read this tenant",
                        TenantRole.COORDINATOR));
    }
}
