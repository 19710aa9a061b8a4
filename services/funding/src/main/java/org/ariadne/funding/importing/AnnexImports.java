package org.ariadne.funding.importing;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.ariadne.funding.line.ActivityLink;
import org.ariadne.funding.line.ActivityRef;
import org.ariadne.funding.line.Allocation;
import org.ariadne.funding.line.BudgetLine;
import org.ariadne.funding.line.CreateLine;
import org.ariadne.funding.line.LineCommands;
import org.ariadne.funding.line.LineQueries;
import org.ariadne.funding.line.LinkTarget;
import org.ariadne.funding.line.LinkTargets;
import org.ariadne.funding.line.Origin;
import org.ariadne.funding.money.Currencies;
import org.ariadne.funding.money.CurrencyCode;
import org.ariadne.funding.tenants.TenantHierarchy;
import org.ariadne.jobs.Job;
import org.ariadne.jobs.JobContext;
import org.ariadne.jobs.JobIssue;
import org.ariadne.jobs.JobOutcome;
import org.ariadne.jobs.Jobs;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;
import org.springframework.stereotype.Service;

/**
 * The budget annex import as a job (kind {@code funding.annex-import}): the file is read, every row checked, every
 * activity code resolved in the tenant's plans; a dry run reports the lines it would create and every problem; a
 * commit writes them only when no problem blocks. Each created line remembers its file and row, so committing the
 * same file again (after an interrupted commit, say) creates only the lines still missing.
 */
@Service
public class AnnexImports {

    public static final String KIND = "funding.annex-import";
    public static final String DRY_RUN = "dry-run";
    public static final String COMMIT = "commit";

    private final Jobs jobs;
    private final LineCommands commands;
    private final LineQueries lines;
    private final LinkTargets targets;
    private final TenantHierarchy hierarchy;

    public AnnexImports(Jobs jobs, LineCommands commands, LineQueries lines, LinkTargets targets, TenantHierarchy hierarchy) {
        this.jobs = jobs;
        this.commands = commands;
        this.lines = lines;
        this.targets = targets;
        this.hierarchy = hierarchy;
    }

    /** What a row becomes: the line it describes and whether it was (or would be) created. */
    public record RowOutcome(int row, String rowLabel, String title, String holder, String currency,
            Map<Integer, String> allocations, boolean toBeDetermined, List<String> activities, String outcome,
            String lineId) {
    }

    /** What the import did or would do: the lines by row and their planned amount per year, as printed. */
    public record Details(String mode, List<RowOutcome> lines, Map<String, String> plannedByYear, int created,
            int alreadyImported) {
    }

    public Job start(String format, String mode, byte[] file) {
        return jobs.start(KIND, Map.of("format", format, "mode", mode, "bytes", file.length),
                job -> run(job, format, mode, file));
    }

    private JobOutcome run(JobContext job, String format, String mode, byte[] file) {
        AnnexTable table;
        try {
            table = "xlsx".equals(format) ? AnnexFiles.xlsx(file) : AnnexFiles.csv(file);
        } catch (AnnexFiles.UnreadableFile e) {
            return JobOutcome.failed(new ProblemException(ProblemType.VALIDATION_FAILED, "The file cannot be read: "
                    + e.getMessage() + "; nothing was written"));
        }
        String tenant = TenantContext.require().value();
        var profile = hierarchy.profile(tenant);
        CurrencyCode currency = profile.map(p -> p.currency()).filter(Currencies::isKnown).map(CurrencyCode::of)
                .orElse(CurrencyCode.EUR);
        BudgetAnnex.Reading reading = BudgetAnnex.read(table, currency, profile.map(p -> p.parentId() != null).orElse(false));
        List<ImportProblem> problems = new ArrayList<>(reading.problems());
        Map<Integer, List<ActivityRef>> activities = new LinkedHashMap<>();
        for (AnnexLine line : reading.lines()) {
            List<ActivityRef> refs = new ArrayList<>();
            for (String code : line.activityCodes()) {
                try {
                    refs.add(targets.resolve(new LinkTarget(null, null, null, code), "/activities"));
                } catch (ProblemException e) {
                    problems.add(new ImportProblem(line.row(), "activities", "activity " + code + ": " + e.getBody().getDetail()
                            + "; correct the code or leave it out and link the line later", true));
                }
            }
            activities.put(line.row(), refs);
        }
        String fileKey = fileKey(file);
        Set<String> imported = lines.own().stream().map(BudgetLine::provenance).filter(p -> p != null)
                .collect(Collectors.toSet());
        boolean blocking = problems.stream().anyMatch(ImportProblem::blocking);
        List<RowOutcome> outcomes = new ArrayList<>();
        int created = 0;
        int already = 0;
        int done = 0;
        for (AnnexLine line : reading.lines()) {
            String provenance = provenance(fileKey, line);
            String outcome;
            String lineId = null;
            if (imported.contains(provenance)) {
                outcome = "already-imported";
                already++;
            } else if (blocking || !COMMIT.equals(mode)) {
                outcome = blocking ? "not-imported" : "would-create";
            } else {
                List<ActivityLink> links = activities.get(line.row()).stream()
                        .map(a -> new ActivityLink(a, null, Origin.IMPORT, line.confidence())).toList();
                BudgetLine createdLine = commands.create(new CreateLine(line.fields(), Origin.IMPORT, provenance,
                        line.allocations(), links));
                lineId = createdLine.id();
                outcome = "created";
                created++;
            }
            outcomes.add(new RowOutcome(line.row(), line.rowLabel(), line.fields().title(), line.fields().holder().name(),
                    line.fields().currency().code(), amounts(line.allocations()), line.allocations().stream()
                    .anyMatch(a -> !a.isKnown()), line.activityCodes(), outcome, lineId));
            job.progress(++done, reading.lines().size());
        }
        Details details = new Details(mode, outcomes, plannedByYear(reading.lines()), created, already);
        List<JobIssue> issues = problems.stream().map(p -> new JobIssue(p.row(), p.column(), p.detail(),
                p.blocking() ? null : "imported as the other cells say")).toList();
        if (blocking) {
            long count = problems.stream().filter(ImportProblem::blocking).count();
            return JobOutcome.failed(new ProblemException(ProblemType.VALIDATION_FAILED, "The annex has " + count
                    + " problem" + (count == 1 ? "" : "s") + " that block the import (see issues: row and column); "
                    + "nothing was written")).withIssues(issues).withDetails(details);
        }
        if (!COMMIT.equals(mode)) {
            return JobOutcome.completed().withIssues(issues).withDetails(details);
        }
        return JobOutcome.resource("/api/t/" + TenantContext.require() + "/funding/lines", null)
                .withIssues(issues).withDetails(details);
    }

    /** Amounts as decimal strings: job details are JSON, where a number could lose a cent. */
    private static Map<Integer, String> amounts(List<Allocation> allocations) {
        Map<Integer, String> amounts = new TreeMap<>();
        allocations.stream().filter(Allocation::isKnown).forEach(a -> amounts.put(a.year(), a.amount().toPlainString()));
        return amounts;
    }

    /** Per year and currency ("2023 EUR"), as the annex prints it: for checking the import against the printed totals. */
    private static Map<String, String> plannedByYear(List<AnnexLine> lines) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        for (AnnexLine line : lines) {
            for (Allocation a : line.allocations()) {
                if (a.isKnown()) {
                    sums.merge(a.year() + " " + line.fields().currency(), a.amount(), BigDecimal::add);
                }
            }
        }
        Map<String, String> plain = new TreeMap<>();
        sums.forEach((key, sum) -> plain.put(key, sum.setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString()));
        return plain;
    }

    private static String provenance(String fileKey, AnnexLine line) {
        return "annex " + fileKey + " row " + line.rowLabel();
    }

    private static String fileKey(byte[] file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
