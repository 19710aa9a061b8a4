package org.ariadne.funding.proposals.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.ariadne.funding.line.Allocation;
import org.ariadne.funding.line.BudgetLine;
import org.ariadne.funding.line.FundingSource;
import org.ariadne.funding.line.InstitutionRef;
import org.ariadne.funding.line.SourceKind;
import org.ariadne.funding.proposals.Proposal;
import org.ariadne.funding.proposals.ProposalCommands;
import org.ariadne.funding.proposals.ProposalDecision;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.tenancy.access.Caller;
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

/** The lines the plans suggest and the coordinator's decisions: accept (creates the line) or reject, with a reason. */
@RestController
@RequestMapping("/api/t/{tenant}/funding/proposals")
@Tag(name = "Proposals", description = "Lines proposed from what the plans print; merges of money printed twice")
class ProposalsController {

    private final ProposalCommands proposals;

    ProposalsController(ProposalCommands proposals) {
        this.proposals = proposals;
    }

    record AllocationView(Integer year, BigDecimal amount, String status) {
    }

    record ActivityView(String tenant, String planId, String activityId, String code) {
    }

    record ProposalView(String key, String kind, String title, String code, String holder, String currency,
            String sourceKind, String programme, List<AllocationView> allocations, List<ActivityView> activities,
            List<String> members, List<String> printed, String why) {
        static ProposalView of(Proposal p) {
            return new ProposalView(p.key(), p.kind(), p.title(), p.code(), p.holder(), p.currency(), p.sourceKind().wire(),
                    p.programme(), p.allocations().stream().map(ProposalsController::view).toList(),
                    p.activities().stream().map(a -> new ActivityView(a.tenant(), a.planId(), a.activityId(), a.code()))
                            .toList(), p.members(), p.printed(), p.why());
        }
    }

    record ProposalList(List<ProposalView> open, List<ProposalDecision> decided) {
    }

    record Institution(String name, String institutionId) {
    }

    /** Everything optional but the reason of a rejection: what to change while accepting. */
    record DecisionRequest(String reason, String title, String code, Institution holder, String sourceKind,
            String programme) {
    }

    @GetMapping
    @Operation(summary = "Open proposals (merges first) and the decisions taken, oldest first")
    ProposalList list() {
        return new ProposalList(proposals.open().stream().map(ProposalView::of).toList(), proposals.history());
    }

    @PostMapping("/{key}/accept")
    @Operation(summary = "Accept a proposal: its line is created and linked to its activities (title, code, holder, "
            + "sourceKind, programme may be corrected on the way); the reason is kept")
    ResponseEntity<ProposalDecision> accept(@PathVariable String key, @RequestBody(required = false) DecisionRequest body) {
        DecisionRequest request = body == null ? new DecisionRequest(null, null, null, null, null, null) : body;
        List<FieldProblem> problems = new ArrayList<>();
        text("/reason", request.reason(), 1000, false, problems);
        text("/title", request.title(), 1000, false, problems);
        text("/code", request.code(), 200, false, problems);
        text("/programme", request.programme(), 200, false, problems);
        InstitutionRef holder = null;
        if (request.holder() != null) {
            if (text("/holder/name", request.holder().name(), 300, true, problems)
                    & text("/holder/institutionId", request.holder().institutionId(), 100, false, problems)) {
                holder = new InstitutionRef(request.holder().name(), request.holder().institutionId());
            }
        }
        FundingSource source = null;
        if (request.sourceKind() != null) {
            SourceKind kind = SourceKind.fromWire(request.sourceKind()).orElse(null);
            if (kind == null) {
                problems.add(new FieldProblem("/sourceKind", "must be one of state_budget, entity_budget, cantonal_budget, "
                        + "eu_fund, donor, donations_unspecified, none_required, other"));
            } else {
                source = new FundingSource(kind, request.programme(), null);
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.validation(problems);
        }
        BudgetLine line = proposals.accept(key, new ProposalCommands.Acceptance(blank(request.title()),
                blank(request.code()), holder, source, blank(request.reason())), Caller.current().subject());
        ProposalDecision decision = proposals.history().stream().filter(d -> d.key().equals(key)).findFirst().orElseThrow();
        return ResponseEntity.created(URI.create("/api/t/" + TenantContext.require() + "/funding/lines/" + line.id()))
                .eTag(ETags.of(line.version())).body(decision);
    }

    @PostMapping("/{key}/reject")
    @Operation(summary = "Reject a proposal with its reason ({\"reason\": \"…\"}, required); it is not proposed again")
    ProposalDecision reject(@PathVariable String key, @RequestBody(required = false) DecisionRequest body) {
        List<FieldProblem> problems = new ArrayList<>();
        text("/reason", body == null ? null : body.reason(), 1000, true, problems);
        if (!problems.isEmpty()) {
            throw ProblemException.validation(problems);
        }
        return proposals.reject(key, body.reason().strip(), Caller.current().subject());
    }

    private static AllocationView view(Allocation a) {
        return new AllocationView(a.year(), a.amount(), a.status().wire());
    }

    private static boolean text(String at, String value, int max, boolean required, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(at, "must not be blank" + ("/reason".equals(at)
                        ? ": say why the proposal is rejected, it is kept with the decision" : "")));
            }
            return !required;
        }
        if (value.length() > max) {
            problems.add(new FieldProblem(at, "must be at most " + max + " characters"));
            return false;
        }
        return true;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
