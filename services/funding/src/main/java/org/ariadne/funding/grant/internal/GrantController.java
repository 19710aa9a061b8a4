package org.ariadne.funding.grant.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.ariadne.funding.grant.Grant;
import org.ariadne.funding.grant.Grants;
import org.ariadne.funding.line.InstitutionRef;
import org.ariadne.funding.money.AgreementRate;
import org.ariadne.funding.money.Amounts;
import org.ariadne.funding.money.CurrencyCode;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.web.ETags;
import org.ariadne.web.FieldProblem;
import org.ariadne.web.ProblemException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Grants: a donor's agreement in its own currency, with the agreement's exchange rate when it fixes one. */
@RestController
@RequestMapping("/api/t/{tenant}/funding/grants")
@Tag(name = "Grants", description = "Donor grants; their lines refer to them by grantId")
class GrantController {

    private final Grants grants;

    GrantController(Grants grants) {
        this.grants = grants;
    }

    record Institution(String name, String institutionId) {
    }

    /** {@code agreementRate}: units of {@code agreementQuoteCurrency} per 1 unit of the grant's currency. */
    record GrantRequest(String title, Institution donor, Institution implementer, String currency, String amount,
            String donorIatiActivityId, String agreementRate, String agreementQuoteCurrency) {
    }

    record GrantView(String id, String title, Institution donor, Institution implementer, String currency,
            BigDecimal amount, String donorIatiActivityId, BigDecimal agreementRate, String agreementQuoteCurrency,
            long version) {
        static GrantView of(Grant g) {
            return new GrantView(g.id(), g.title(), view(g.donor()), view(g.implementer()), g.currency().code(), g.amount(),
                    g.donorIatiActivityId(), g.agreementRate() == null ? null : g.agreementRate().rate(),
                    g.agreementRate() == null ? null : g.agreementRate().to().code(), g.version());
        }
    }

    record GrantList(List<GrantView> items) {
    }

    @PostMapping
    @Operation(summary = "Register a grant (title, donor, implementer, currency, amount, donor's IATI activity id, "
            + "agreement rate)")
    ResponseEntity<GrantView> register(@RequestBody GrantRequest body) {
        List<FieldProblem> problems = new ArrayList<>();
        text("/title", body.title(), 1000, true, problems);
        InstitutionRef donor = institution("/donor", body.donor(), true, problems);
        InstitutionRef implementer = institution("/implementer", body.implementer(), false, problems);
        CurrencyCode currency = Amounts.currency("/currency", body.currency(), problems);
        BigDecimal amount = body.amount() == null ? null : Amounts.parse("/amount", body.amount(), currency, problems);
        text("/donorIatiActivityId", body.donorIatiActivityId(), 200, false, problems);
        AgreementRate rate = null;
        if (body.agreementRate() != null || body.agreementQuoteCurrency() != null) {
            CurrencyCode quote = Amounts.currency("/agreementQuoteCurrency", body.agreementQuoteCurrency(), problems);
            String value = body.agreementRate() == null ? "" : body.agreementRate().strip();
            if (!value.matches("\\d{1,9}(\\.\\d{1,10})?") || new BigDecimal(value).signum() <= 0) {
                problems.add(new FieldProblem("/agreementRate", "must be a positive rate such as \"1.72\" (units of the "
                        + "quote currency per 1 unit of the grant's currency)"));
            } else if (currency != null && quote != null) {
                if (quote.equals(currency)) {
                    problems.add(new FieldProblem("/agreementQuoteCurrency", "must differ from the grant's currency"));
                } else {
                    rate = new AgreementRate(currency, quote, new BigDecimal(value));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.validation(problems);
        }
        Grant grant = grants.register(new Grant(null, body.title().strip(), donor, implementer, currency, amount,
                body.donorIatiActivityId(), rate, null, 0));
        return ResponseEntity.created(URI.create("/api/t/" + TenantContext.require() + "/funding/grants/" + grant.id()))
                .eTag(ETags.of(grant.version())).body(GrantView.of(grant));
    }

    @GetMapping
    @Operation(summary = "The tenant's grants")
    GrantList list() {
        return new GrantList(grants.all().stream().map(GrantView::of).toList());
    }

    @GetMapping("/{grantId}")
    @Operation(summary = "One grant")
    GrantView get(@PathVariable String grantId) {
        return GrantView.of(grants.get(grantId));
    }

    private static InstitutionRef institution(String at, Institution institution, boolean required,
            List<FieldProblem> problems) {
        if (institution == null) {
            if (required) {
                problems.add(new FieldProblem(at, "name the organisation: {\"name\": \"…\", \"institutionId\": optional}"));
            }
            return null;
        }
        boolean ok = text(at + "/name", institution.name(), 300, true, problems)
                & text(at + "/institutionId", institution.institutionId(), 100, false, problems);
        return ok ? new InstitutionRef(institution.name(), institution.institutionId()) : null;
    }

    private static boolean text(String at, String value, int max, boolean required, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(at, "must not be blank"));
            }
            return !required;
        }
        if (value.length() > max) {
            problems.add(new FieldProblem(at, "must be at most " + max + " characters"));
            return false;
        }
        return true;
    }

    private static Institution view(InstitutionRef ref) {
        return ref == null ? null : new Institution(ref.name(), ref.institutionId());
    }
}
