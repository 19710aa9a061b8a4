package org.ariadne.identity.onboarding;

import java.util.List;
import org.ariadne.contracts.identity.v1.TenantOnboarded.ReportingRules;
import org.ariadne.identity.people.Granter;
import org.ariadne.identity.people.NewPerson;
import org.ariadne.identity.people.People;
import org.ariadne.identity.people.Person;
import org.ariadne.identity.tenant.NewTenant;
import org.ariadne.identity.tenant.Tenant;
import org.ariadne.identity.tenant.TenantRegistry;
import org.ariadne.tenancy.TenantRole;
import org.ariadne.web.FieldProblem;
import org.ariadne.web.ProblemException;
import org.springframework.stereotype.Service;

/**
 * Onboards a jurisdiction in one call: the tenant is created from a template (its {@code TenantOnboarded} event
 * carries the template's settings, and every service provisions the tenant and applies what concerns it), and the
 * first coordinator is invited by e-mail. Only quick writes happen in the call; the mail leaves in the background.
 */
@Service
public class Onboardings {

    private final OnboardingTemplates templates;
    private final TenantRegistry registry;
    private final People people;

    public Onboardings(OnboardingTemplates templates, TenantRegistry registry, People people) {
        this.templates = templates;
        this.registry = registry;
        this.people = people;
    }

    /** The outcome: the tenant, the template it came from, and its first coordinator (invited). */
    public record Onboarded(Tenant tenant, OnboardingTemplate template, Person coordinator) {
    }

    public Onboarded onboard(OnboardingRequest request, String admin) {
        OnboardingTemplate template = templates.find(request.template()).orElseThrow(() -> ProblemException.validation(List.of(
                new FieldProblem("/template", "'" + request.template() + "' is not a template; one of " + OnboardingTemplates.NAMES))));
        List<String> languages = or(request.languages(), template.languages());
        ReportingRules reporting = merge(template.reporting(), request.reporting());
        Tenant tenant = registry.onboard(new NewTenant(request.id(), request.name(), request.parentId(), languages,
                or(request.currency(), template.currency()), or(request.timeZone(), template.timeZone()),
                or(request.levelNames(), template.levelNames()), template.name(), reporting));
        Person coordinator = people.invite(tenant.id(), new NewPerson(request.coordinatorEmail(), request.coordinatorName(),
                TenantRole.COORDINATOR, null, null, languages.get(0)), Granter.platformAdmin(admin));
        return new Onboarded(tenant, template, coordinator);
    }

    /** The operator's reporting rules over the template's: each rule given replaces the template's. */
    static ReportingRules merge(ReportingRules template, ReportingRules given) {
        if (given == null) {
            return template;
        }
        java.util.Map<String, String> classes = new java.util.LinkedHashMap<>(template.statusClasses());
        if (given.statusClasses() != null) {
            classes.putAll(given.statusClasses());
        }
        return new ReportingRules(classes, or(given.rounding(), template.rounding()), or(given.decimals(), template.decimals()),
                or(given.decimalSeparator(), template.decimalSeparator()), or(given.language(), template.language()),
                or(given.jurisdiction(), template.jurisdiction()));
    }

    private static <T> T or(T given, T fallback) {
        return given != null ? given : fallback;
    }
}
