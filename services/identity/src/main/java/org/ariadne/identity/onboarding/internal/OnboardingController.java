package org.ariadne.identity.onboarding.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.ariadne.contracts.identity.v1.TenantOnboarded.ReportingRules;
import org.ariadne.identity.checklist.Checklist;
import org.ariadne.identity.checklist.Checklists;
import org.ariadne.identity.onboarding.OnboardingRequest;
import org.ariadne.identity.onboarding.OnboardingTemplate;
import org.ariadne.identity.onboarding.OnboardingTemplates;
import org.ariadne.identity.onboarding.Onboardings;
import org.ariadne.identity.people.People;
import org.ariadne.identity.people.Person;
import org.ariadne.identity.tenant.Tenant;
import org.ariadne.identity.tenant.TenantRegistry;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Platform admins onboard a jurisdiction from a template in one call, and follow its first steps. */
@RestController
@RequestMapping("/api/admin")
@Tag(name = "Onboarding", description = "New jurisdictions from a template, with their first coordinator (platform admins only)")
class OnboardingController {

    static final String TENANT_ID = "^[a-z]{2}(-[a-z0-9]{1,8})?$";
    static final String LANGUAGE_TAG = Tenant.LANGUAGE_TAG;
    static final String ID_MESSAGE = "must be a lower-case country code such as 'me' or a subdivision such as 'ba-04'";
    static final String LANGUAGE_MESSAGE = "must be a BCP 47 language tag such as 'bs'";

    private final Onboardings onboardings;
    private final OnboardingTemplates templates;
    private final TenantRegistry registry;
    private final People people;
    private final Checklists checklists;

    OnboardingController(Onboardings onboardings, OnboardingTemplates templates, TenantRegistry registry, People people,
            Checklists checklists) {
        this.onboardings = onboardings;
        this.templates = templates;
        this.registry = registry;
        this.people = people;
        this.checklists = checklists;
    }

    @GetMapping("/onboarding-templates")
    @Operation(summary = "The templates a jurisdiction is onboarded from: country, entity, canton")
    List<OnboardingTemplate> templates() {
        return templates.all();
    }

    @PostMapping("/onboardings")
    @Operation(summary = "Onboard a jurisdiction from a template and invite its first coordinator by e-mail",
            description = "Creates the tenant (TenantOnboarded with the template's settings: every service provisions it and"
                    + " applies what concerns it) and the coordinator's account, and queues the invitation mail (a one-time"
                    + " link, 7 days). Answers at once; the mail is sent in the background.")
    ResponseEntity<OnboardingView> onboard(@Valid @RequestBody OnboardJurisdiction body, @AuthenticationPrincipal Jwt admin) {
        Onboardings.Onboarded done = onboardings.onboard(body.toRequest(), admin.getSubject());
        return ResponseEntity.created(URI.create("/api/admin/onboardings/" + done.tenant().id()))
                .body(new OnboardingView(done.tenant().id(), done.tenant().name(), done.template().name(), List.of(done.coordinator()),
                        checklistHref(done.tenant().id()), null));
    }

    @GetMapping("/onboardings/{tenant}")
    @Operation(summary = "How far a jurisdiction got: its coordinators (invitation mail, password set) and its checklist")
    OnboardingView progress(@PathVariable String tenant) {
        Tenant found = registry.get(tenant);
        List<Person> coordinators = people.list(tenant).stream().filter(p -> p.roles().contains("coordinator")).toList();
        return new OnboardingView(found.id(), found.name(), registry.templateOf(tenant).orElse(null), coordinators,
                checklistHref(tenant), checklists.of(tenant));
    }

    private static String checklistHref(String tenant) {
        return "/api/t/" + tenant + "/identity/checklist";
    }

    record OnboardingView(String tenant, String name, String template, List<Person> coordinators, String checklist,
            Checklist checklistState) {
    }

    record OnboardJurisdiction(
            @NotNull @Pattern(regexp = TENANT_ID, message = ID_MESSAGE) String id,
            @NotBlank @Size(max = 200) String name,
            @Pattern(regexp = TENANT_ID, message = "must be a tenant id such as 'ba'") String parentId,
            @NotNull @Pattern(regexp = "^(country|entity|canton)$", message = "must be one of country, entity, canton") String template,
            @Size(min = 1, max = 10) List<@NotNull @Size(max = Tenant.MAX_LANGUAGE_TAG) @Pattern(regexp = LANGUAGE_TAG, message = LANGUAGE_MESSAGE)
                    String> languages,
            @Pattern(regexp = "^[A-Z]{3}$", message = "must be an ISO 4217 currency code such as EUR or BAM") String currency,
            @Size(max = 64) @org.ariadne.identity.tenant.TimeZoneId String timeZone,
            @Size(min = 1, max = 8) List<@NotBlank @Size(max = 100) String> levelNames,
            @Valid Reporting reporting,
            @NotNull @Valid Coordinator coordinator) {

        OnboardingRequest toRequest() {
            return new OnboardingRequest(id, name.strip(), parentId, template, languages, currency, timeZone,
                    levelNames == null ? null : levelNames.stream().map(String::strip).toList(),
                    reporting == null ? null : reporting.toRules(), coordinator.email(), coordinator.displayName().strip());
        }
    }

    record Coordinator(@NotBlank @Email @Size(max = 254) String email, @NotBlank @Size(max = 200) String displayName) {
    }

    /** Reporting rules that differ from the template's (each one given replaces the template's). */
    record Reporting(
            @Size(max = 10) Map<@Pattern(regexp = "^(not_started|ongoing|partially_implemented|implemented|not_implemented|no_data)$") String,
                    @NotNull @Pattern(regexp = "^(implemented|not_started|other)$") String> statusClasses,
            @Pattern(regexp = "^(truncate|half_up)$", message = "must be truncate or half_up") String rounding,
            @Min(0) @Max(3) Integer decimals,
            @Pattern(regexp = "^[.,]$", message = "must be . or ,") String decimalSeparator,
            @Size(max = Tenant.MAX_LANGUAGE_TAG) @Pattern(regexp = LANGUAGE_TAG, message = LANGUAGE_MESSAGE) String language,
            @Size(max = 40) String jurisdiction) {

        ReportingRules toRules() {
            return new ReportingRules(statusClasses, rounding, decimals, decimalSeparator, language, jurisdiction);
        }
    }
}
