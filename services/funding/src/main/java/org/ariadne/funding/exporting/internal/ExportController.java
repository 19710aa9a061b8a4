package org.ariadne.funding.exporting.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.ariadne.funding.exporting.FundingExports;
import org.ariadne.funding.money.Amounts;
import org.ariadne.funding.money.CurrencyCode;
import org.ariadne.funding.totals.FundingQueries;
import org.ariadne.jobs.Job;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.web.FieldProblem;
import org.ariadne.web.ProblemException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Exports start jobs: 202 with the Location of the job, whose result is the file. */
@RestController
@RequestMapping("/api/t/{tenant}/funding/exports")
@Tag(name = "Exports", description = "The funding table (XLSX) and the IATI 2.03 activity file (XML), as jobs")
class ExportController {

    private final FundingExports exports;
    private final FundingQueries queries;

    ExportController(FundingExports exports, FundingQueries queries) {
        this.exports = exports;
        this.queries = queries;
    }

    @PostMapping("/table")
    @Operation(summary = "The funding table as XLSX in the tenant's language (lines, totals, activities), amounts in "
            + "currency (default: the tenant's); 202 + Location of the job")
    ResponseEntity<Job> table(@RequestParam(required = false) String currency) {
        CurrencyCode target;
        if (currency == null || currency.isBlank()) {
            target = queries.reportingCurrency();
        } else {
            List<FieldProblem> problems = new ArrayList<>();
            target = Amounts.currency("currency", currency, problems);
            if (!problems.isEmpty()) {
                throw ProblemException.validation(problems);
            }
        }
        return accepted(exports.table(target));
    }

    @PostMapping("/iati")
    @Operation(summary = "The IATI 2.03 file of the tenant's lines (one iati-activity per line), or of one grant "
            + "(grantId); checked against the schema and the IATI rules before it is offered; 202 + Location")
    ResponseEntity<Job> iati(@RequestParam(required = false) String grantId) {
        if (grantId != null && grantId.length() > 100) {
            throw ProblemException.validation(List.of(new FieldProblem("grantId", "at most 100 characters")));
        }
        return accepted(exports.iati(grantId == null || grantId.isBlank() ? null : grantId.strip()));
    }

    private static ResponseEntity<Job> accepted(Job job) {
        return ResponseEntity.accepted().location(URI.create("/api/t/" + TenantContext.require().value()
                + "/funding/jobs/" + job.id())).body(job);
    }
}
