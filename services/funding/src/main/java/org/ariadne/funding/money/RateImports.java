package org.ariadne.funding.money;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ariadne.jobs.Job;
import org.ariadne.jobs.JobIssue;
import org.ariadne.jobs.JobOutcome;
import org.ariadne.jobs.Jobs;
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;
import org.springframework.stereotype.Service;

/** An uploaded ECB reference-rate file, stored as a job (kind {@code funding.rates-import}): all of it or none. */
@Service
public class RateImports {

    public static final String KIND = "funding.rates-import";

    private final Jobs jobs;
    private final ExchangeRates rates;

    public RateImports(Jobs jobs, ExchangeRates rates) {
        this.jobs = jobs;
        this.rates = rates;
    }

    /** What an import stored: how many rates, for which days, and the columns it left out. */
    public record Details(int rates, int days, LocalDate from, LocalDate to, List<String> skipped) {
    }

    public Job start(byte[] csv) {
        return jobs.start(KIND, Map.of("bytes", csv.length), job -> {
            EcbReferenceRates.Read read = EcbReferenceRates.read(new ByteArrayInputStream(csv));
            Details details = new Details(read.rates().size(), read.dates(), read.from(), read.to(), read.skipped());
            if (!read.ok()) {
                return JobOutcome.failed(new ProblemException(ProblemType.VALIDATION_FAILED, "The file is not a readable "
                        + "ECB reference-rate CSV (problems listed as issues); no rate was stored"))
                        .withIssues(read.problems().stream().map(p -> new JobIssue(p.line(), p.column(), p.detail(), null))
                                .toList()).withDetails(details);
            }
            job.progress(0, read.rates().size());
            rates.importEcb(read);
            job.progress(read.rates().size(), read.rates().size());
            return JobOutcome.completed().withDetails(details).withIssues(read.skipped().stream()
                    .map(s -> new JobIssue(1, s.substring(0, s.indexOf(':')), "column skipped: " + s.substring(s.indexOf(':') + 2),
                            "not stored")).toList());
        });
    }
}
