package org.ariadne.funding.line;

import java.util.ArrayList;
import java.util.List;
import org.ariadne.funding.tenants.TenantHierarchy;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.tenancy.TenantId;
import org.ariadne.web.ProblemException;
import org.springframework.stereotype.Service;

/** Reads of budget lines: the current tenant's own, and those its ancestors linked to its activities. */
@Service
public class LineQueries {

    private final LineRepository lines;
    private final TenantHierarchy hierarchy;

    public LineQueries(LineRepository lines, TenantHierarchy hierarchy) {
        this.lines = lines;
        this.hierarchy = hierarchy;
    }

    public List<BudgetLine> own() {
        return lines.all();
    }

    public BudgetLine get(String lineId) {
        return lines.find(lineId).orElseThrow(() -> ProblemException.notFound("Budget line " + lineId));
    }

    /**
     * Lines of the tenants above the current one that their owners linked to the current tenant's activities. The
     * owner's database is read inside the owner's context and only for lines linked here; each comes back with its
     * links into the current tenant only. Nothing of it is copied into the current tenant's database.
     */
    public List<ForeignLine> linkedIn() {
        String here = TenantContext.require().value();
        List<ForeignLine> found = new ArrayList<>();
        for (String owner : hierarchy.ancestorsOf(here)) {
            List<BudgetLine> ownersLines = TenantContext.callAs(TenantId.of(owner), () -> lines.linkedInto(here));
            for (BudgetLine line : ownersLines) {
                found.add(new ForeignLine(owner, onlyLinksInto(line, here)));
            }
        }
        return found;
    }

    /**
     * A value that changes whenever the lines the current tenant sees change: its own, and those of its ancestors
     * linked to it (read in each ancestor's context, like {@link #linkedIn()}).
     */
    public String stamp() {
        String here = TenantContext.require().value();
        StringBuilder stamp = new StringBuilder(here).append('=').append(lines.stamp());
        for (String owner : hierarchy.ancestorsOf(here)) {
            stamp.append(';').append(owner).append('=')
                    .append(TenantContext.callAs(TenantId.of(owner), () -> lines.stampLinkedInto(here)));
        }
        return stamp.toString();
    }

    private static BudgetLine onlyLinksInto(BudgetLine line, String tenant) {
        return new BudgetLine(line.id(), line.fields(), line.origin(), line.provenance(), line.allocations(),
                line.links().stream().filter(l -> l.activity().tenant().equals(tenant)).toList(), line.transactions(),
                line.createdAt(), line.updatedAt(), line.version());
    }
}
