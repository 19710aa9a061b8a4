package org.ariadne.tenancy.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ariadne.tenancy.access.AccessPolicy.reads;
import static org.ariadne.tenancy.access.AccessPolicy.writes;

import java.util.List;
import org.ariadne.tenancy.TenantRole;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {

    private final AccessPolicy policy = AccessPolicy.of(
            writes("/api/t/{tenant}/monitoring/contributions/{id}/accept", "Accepting", TenantRole.COORDINATOR),
            writes("/api/t/{tenant}/monitoring/contributions/{id}/**", "Working on a contribution", TenantRole.COORDINATOR,
                    TenantRole.FOCAL_POINT),
            reads("/api/t/{tenant}/monitoring/settings/reminders", "Reading reminder settings", TenantRole.COORDINATOR));

    @Test
    void theFirstMatchingRuleDecides() {
        assertThat(policy.ruleFor("POST", "/api/t/ba-04/monitoring/contributions/c1/accept"))
                .hasValueSatisfying(rule -> assertThat(rule.anyOf()).containsExactly(TenantRole.COORDINATOR));
        assertThat(policy.ruleFor("PUT", "/api/t/ba-04/monitoring/contributions/c1/reports"))
                .hasValueSatisfying(rule -> assertThat(rule.anyOf()).isEqualTo(List.of(TenantRole.COORDINATOR,
                        TenantRole.FOCAL_POINT)));
    }

    @Test
    void methodsArePartOfTheRule() {
        assertThat(policy.ruleFor("GET", "/api/t/ba-04/monitoring/contributions/c1/accept")).isEmpty();
        assertThat(policy.ruleFor("GET", "/api/t/ba-04/monitoring/settings/reminders")).isPresent();
        assertThat(policy.ruleFor("PUT", "/api/t/ba-04/monitoring/settings/reminders")).isEmpty();
    }

    @Test
    void aPathNoRuleNamesNeedsMembershipOnly() {
        assertThat(policy.ruleFor("POST", "/api/t/ba-04/monitoring/rounds/r1/reports")).isEmpty();
    }
}
