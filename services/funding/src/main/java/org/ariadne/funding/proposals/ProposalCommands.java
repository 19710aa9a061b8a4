package org.ariadne.funding.proposals;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ariadne.funding.line.ActivityLink;
import org.ariadne.funding.line.ActivityRef;
import org.ariadne.funding.line.BudgetLine;
import org.ariadne.funding.line.CreateLine;
import org.ariadne.funding.line.FundingSource;
import org.ariadne.funding.line.InstitutionRef;
import org.ariadne.funding.line.LineCommands;
import org.ariadne.funding.line.LineFields;
import org.ariadne.funding.line.LineQueries;
import org.ariadne.funding.line.Origin;
import org.ariadne.funding.money.CurrencyCode;
import org.ariadne.funding.planview.PlanViewRepository;
import org.ariadne.funding.tenants.TenantHierarchy;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;
import org.springframework.stereotype.Service;

/**
 * The proposals of the current tenant's plans and the coordinator's decisions on them. Accepting a proposal creates
 * its line (linked to its activities); the decision is recorded first, so two coordinators accepting the same
 * proposal at once create one line, and the other gets 409.
 */
@Service
public class ProposalCommands {

    private final PlanViewRepository planView;
    private final LineQueries lineQueries;
    private final LineCommands lines;
    private final ProposalDecisions decisions;
    private final TenantHierarchy hierarchy;
    private final Clock clock = Clock.systemUTC();

    public ProposalCommands(PlanViewRepository planView, LineQueries lineQueries, LineCommands lines,
            ProposalDecisions decisions, TenantHierarchy hierarchy) {
        this.planView = planView;
        this.lineQueries = lineQueries;
        this.lines = lines;
        this.decisions = decisions;
        this.hierarchy = hierarchy;
    }

    public List<Proposal> open() {
        String tenant = TenantContext.require().value();
        boolean cantonal = hierarchy.profile(tenant).map(p -> p.parentId() != null).orElse(false);
        return Proposals.derive(tenant, cantonal, planView.activities(), lineQueries.own(), decisions.all());
    }

    public List<ProposalDecision> history() {
        return decisions.history();
    }

    /** What the coordinator may change while accepting (null = as proposed). */
    public record Acceptance(String title, String code, InstitutionRef holder, FundingSource source, String reason) {
    }

    public BudgetLine accept(String key, Acceptance acceptance, String decidedBy) {
        Proposal proposal = find(key);
        if (!decisions.insert(new ProposalDecision(key, proposal.kind(), ProposalDecision.ACCEPTED, acceptance.reason(),
                decidedBy, clock.instant().truncatedTo(ChronoUnit.MILLIS), null, proposal.why()))) {
            throw alreadyDecided(key);
        }
        try {
            LineFields fields = new LineFields(acceptance.code() != null ? acceptance.code() : proposal.code(),
                    acceptance.title() != null ? acceptance.title() : proposal.title(), currency(proposal),
                    acceptance.holder() != null ? acceptance.holder() : InstitutionRef.named(proposal.holder()),
                    acceptance.source() != null ? acceptance.source()
                            : new FundingSource(proposal.sourceKind(), proposal.programme(), null), null, null);
            List<ActivityLink> links = new ArrayList<>();
            for (ActivityRef activity : proposal.activities()) {
                links.add(new ActivityLink(activity, null, Origin.PROPOSAL, null));
            }
            BudgetLine line = lines.create(new CreateLine(fields, Origin.PROPOSAL, "proposal " + key + ": " + proposal.why(),
                    proposal.allocations(), links));
            decisions.linkLine(key, line.id());
            return line;
        } catch (RuntimeException e) {
            decisions.delete(key);
            throw e;
        }
    }

    public ProposalDecision reject(String key, String reason, String decidedBy) {
        Proposal proposal = find(key);
        ProposalDecision decision = new ProposalDecision(key, proposal.kind(), ProposalDecision.REJECTED, reason, decidedBy,
                clock.instant().truncatedTo(ChronoUnit.MILLIS), null, proposal.why());
        if (!decisions.insert(decision)) {
            throw alreadyDecided(key);
        }
        return decision;
    }

    private Proposal find(String key) {
        return open().stream().filter(p -> p.key().equals(key)).findFirst()
                .orElseThrow(() -> decisions.all().containsKey(key) ? alreadyDecided(key)
                        : ProblemException.notFound("Open proposal " + key));
    }

    /** A proposal without an amount (to be determined) takes the tenant's reporting currency. */
    private CurrencyCode currency(Proposal proposal) {
        if (proposal.currency() != null) {
            return CurrencyCode.of(proposal.currency());
        }
        String tenant = TenantContext.require().value();
        return hierarchy.profile(tenant).map(p -> p.currency())
                .filter(org.ariadne.funding.money.Currencies::isKnown).map(CurrencyCode::of).orElse(CurrencyCode.EUR);
    }

    private ProblemException alreadyDecided(String key) {
        ProposalDecision decided = decisions.all().get(key);
        return new ProblemException(ProblemType.CONFLICT, "Proposal " + key + " was already "
                + (decided == null ? "decided" : decided.decision() + " by " + decided.decidedBy() + " on "
                + decided.decidedAt()), decided == null || decided.lineId() == null ? Map.of()
                : Map.of("lineId", decided.lineId()));
    }
}
