package org.ariadne.identity.tenant.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.ariadne.identity.tenant.NewTenant;
import org.ariadne.identity.tenant.Tenant;
import org.ariadne.identity.tenant.TenantRegistry;
import org.ariadne.identity.tenant.TimeZoneId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Platform admins onboard, suspend and reactivate jurisdictions (the security chain requires platform_admin). */
@RestController
@RequestMapping("/api/admin/tenants")
@Tag(name = "Tenants", description = "The platform's tenant registry (platform admins only)")
class TenantAdminController {

    /** TenantId's format; checked again by the registry so the rule lives in one place. */
    static final String TENANT_ID = "^[a-z]{2}(-[a-z0-9]{1,8})?$";
    /** BCP 47-ish: a 2–3 letter language, then subtags such as a script (Latn, Cyrl) or a region. */
    static final String LANGUAGE_TAG = Tenant.LANGUAGE_TAG;

    private final TenantRegistry registry;

    TenantAdminController(TenantRegistry registry) {
        this.registry = registry;
    }

    @PostMapping
    @Operation(summary = "Onboard a jurisdiction; emits TenantOnboarded")
    ResponseEntity<TenantView> onboard(@Valid @RequestBody OnboardTenant request) {
        Tenant tenant = registry.onboard(new NewTenant(request.id(), request.name().strip(), request.parentId(),
                request.languages(), request.currency(), request.timeZone(),
                request.levelNames().stream().map(String::strip).toList()));
        return ResponseEntity.created(URI.create("/api/admin/tenants/" + tenant.id())).body(TenantView.of(tenant));
    }

    @GetMapping
    List<TenantView> list() {
        return registry.list().stream().map(TenantView::of).toList();
    }

    @GetMapping("/{id}")
    TenantView get(@PathVariable String id) {
        return TenantView.of(registry.get(id));
    }

    @PostMapping("/{id}/suspend")
    @Operation(summary = "Suspend a tenant: the gateway refuses its requests; emits TenantSuspended")
    TenantView suspend(@PathVariable String id, @Valid @RequestBody SuspendTenant request) {
        return TenantView.of(registry.suspend(id, request.reason().strip()));
    }

    @PostMapping("/{id}/reactivate")
    @Operation(summary = "Reactivate a suspended tenant; emits TenantReactivated")
    TenantView reactivate(@PathVariable String id) {
        return TenantView.of(registry.reactivate(id));
    }

    record OnboardTenant(
            @NotNull @Pattern(regexp = TENANT_ID,
                    message = "must be a lower-case country code such as 'me' or a subdivision such as 'ba-04'") String id,
            @NotBlank @Size(max = 200) String name,
            @Pattern(regexp = TENANT_ID, message = "must be a tenant id such as 'ba'") String parentId,
            @NotNull @Size(min = 1, max = 10) List<@NotNull @Size(max = Tenant.MAX_LANGUAGE_TAG) @Pattern(regexp = LANGUAGE_TAG,
                    message = "must be a BCP 47 language tag such as 'bs' or 'sr-Latn'") String> languages,
            @NotNull @Pattern(regexp = "^[A-Z]{3}$", message = "must be an ISO 4217 currency code such as EUR or BAM") String currency,
            @Schema(example = "Europe/Sarajevo", description = "an IANA time zone") @NotBlank @Size(max = 64) @TimeZoneId String timeZone,
            @NotNull @Size(min = 1, max = 8) List<@NotBlank @Size(max = 100) String> levelNames) {
    }

    record SuspendTenant(@NotBlank @Size(max = 500) String reason) {
    }

    record TenantView(String id, String name, String parentId, String status, String suspendedReason,
            List<String> languages, String currency, String timeZone, List<String> levelNames, String template,
            Instant createdAt, long version) {
        static TenantView of(Tenant t) {
            return new TenantView(t.id(), t.name(), t.parentId(), t.status().name(), t.suspendedReason(), t.languages(),
                    t.currency(), t.timeZone(), t.levelNames(), t.template(), t.createdAt(), t.version());
        }
    }
}
