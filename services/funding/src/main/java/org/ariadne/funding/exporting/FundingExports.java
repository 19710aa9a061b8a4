package org.ariadne.funding.exporting;

import java.util.List;
import java.util.Map;
import org.ariadne.funding.iati.IatiExports;
import org.ariadne.funding.line.LineQueries;
import org.ariadne.funding.money.CurrencyCode;
import org.ariadne.funding.tenants.TenantHierarchy;
import org.ariadne.funding.totals.CountedLine;
import org.ariadne.funding.totals.FundingQueries;
import org.ariadne.jobs.Job;
import org.ariadne.jobs.JobIssue;
import org.ariadne.jobs.JobOutcome;
import org.ariadne.jobs.Jobs;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;
import org.springframework.stereotype.Service;

/**
 * The exports, as jobs with a file result: the funding table (XLSX, kind {@code funding.table-export}) and the IATI
 * 2.03 activity file (XML, kind {@code funding.iati-export}) — the latter only when it passes the schema and the IATI
 * rules; otherwise the job fails with every violation as its issues and nothing is offered for publishing.
 */
@Service
public class FundingExports {

    public static final String TABLE = "funding.table-export";
    public static final String IATI = "funding.iati-export";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Jobs jobs;
    private final FundingQueries queries;
    private final LineQueries lines;
    private final IatiExports iati;
    private final TenantHierarchy hierarchy;

    public FundingExports(Jobs jobs, FundingQueries queries, LineQueries lines, IatiExports iati,
            TenantHierarchy hierarchy) {
        this.jobs = jobs;
        this.queries = queries;
        this.lines = lines;
        this.iati = iati;
        this.hierarchy = hierarchy;
    }

    public Job table(CurrencyCode currency) {
        return jobs.start(TABLE, Map.of("currency", currency.code()), job -> {
            String tenant = TenantContext.require().value();
            var totals = queries.totals(currency, List.of()).own();
            List<CountedLine> own = lines.own().stream().map(l -> new CountedLine(tenant, l, false)).toList();
            var activities = queries.activities(null);
            String language = hierarchy.profile(tenant).map(p -> p.language()).orElse("en");
            job.progress(1, 2);
            return JobOutcome.file("funding-" + tenant + "-" + currency + ".xlsx", XLSX,
                    out -> FundingTable.write(own, totals, activities, language, out));
        });
    }

    /** @param grantId null = the tenant's lines; else that grant alone */
    public Job iati(String grantId) {
        return jobs.start(IATI, grantId == null ? Map.of() : Map.of("grantId", grantId), job -> {
            IatiExports.Export export = grantId == null ? iati.tenant() : iati.grant(grantId);
            if (export.activities() == 0) {
                return JobOutcome.failed(new ProblemException(ProblemType.VALIDATION_FAILED, "There is nothing to publish: "
                        + "the tenant has no budget lines of its own yet"));
            }
            String tenant = TenantContext.require().value();
            record Details(int activities, int schemaErrors, int ruleViolations) {
            }
            Details details = new Details(export.activities(), export.schemaErrors().size(), export.ruleViolations().size());
            if (!export.valid()) {
                List<JobIssue> issues = new java.util.ArrayList<>();
                export.schemaErrors().forEach(e -> issues.add(new JobIssue(0, "schema", e, null)));
                export.ruleViolations().forEach(v -> issues.add(new JobIssue(0, "rule", v, null)));
                return JobOutcome.failed(new ProblemException(ProblemType.VALIDATION_FAILED, "The IATI file would not be "
                        + "valid (" + export.schemaErrors().size() + " schema errors, " + export.ruleViolations().size()
                        + " rule violations, listed as issues): complete the lines they name, then export again"))
                        .withIssues(issues).withDetails(details);
            }
            return JobOutcome.file("iati-activities-" + tenant + (grantId == null ? "" : "-grant-" + grantId) + ".xml",
                    "application/xml", export.xml()).withDetails(details);
        });
    }
}
