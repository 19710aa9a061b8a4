package org.ariadne.identity.tenant.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.ariadne.identity.tenant.Tenant;
import org.ariadne.identity.tenant.TenantRegistry;
import org.ariadne.tenancy.TenantContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What every member of a tenant may know of its registry record (the web pages need its name, languages, currency
 * and time zone). The gateway and the tenant filter have checked that the caller belongs to the tenant; its status
 * and suspension reason stay with the platform admins.
 */
@RestController
@RequestMapping("/api/t/{tenant}/identity")
@Tag(name = "Tenant profile", description = "The tenant's own registry record, for its members")
class TenantProfileController {

    private final TenantRegistry registry;

    TenantProfileController(TenantRegistry registry) {
        this.registry = registry;
    }

    @GetMapping("/tenant")
    @Operation(summary = "The caller's tenant: name, parent, languages (the first is its default), currency, time zone, level names")
    TenantProfile tenant() {
        Tenant tenant = registry.get(TenantContext.require().value());
        return new TenantProfile(tenant.id(), tenant.name(), tenant.parentId(), tenant.languages(), tenant.currency(),
                tenant.timeZone(), tenant.levelNames());
    }

    record TenantProfile(String id, String name, String parentId, List<String> languages, String currency, String timeZone,
            List<String> levelNames) {
    }
}
