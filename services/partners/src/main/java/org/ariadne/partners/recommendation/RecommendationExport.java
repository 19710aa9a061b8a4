package org.ariadne.partners.recommendation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.ariadne.jobs.Job;
import org.ariadne.jobs.JobOutcome;
import org.ariadne.jobs.Jobs;
import org.ariadne.partners.settings.PartnerSettings;
import org.ariadne.partners.settings.Settings;
import org.ariadne.partners.settings.Texts;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.web.FieldProblem;
import org.ariadne.web.ProblemException;
import org.springframework.stereotype.Service;

/**
 * The export "what we did on each recommendation" as a job of kind {@value #KIND}: the tracker's rows in the tenant's
 * language (or the one asked for), rendered as DOCX (to edit and send) or XLSX (to sort and filter); the finished
 * job's result is the file ({@code …/jobs/{id}/result}).
 */
@Service
public class RecommendationExport {

    /** A way to lay the table out. */
    public interface Renderer {
        String format();

        String contentType();

        byte[] render(ExportTable table);
    }

    public static final String KIND = "partners.recommendations-export";

    private final RecommendationQueries tracker;
    private final Settings settings;
    private final Jobs jobs;
    private final Map<String, Renderer> renderers;

    public RecommendationExport(RecommendationQueries tracker, Settings settings, Jobs jobs, List<Renderer> renderers) {
        this.tracker = tracker;
        this.settings = settings;
        this.jobs = jobs;
        this.renderers = renderers.stream().collect(Collectors.toMap(Renderer::format, r -> r));
    }

    public Job start(String format, String language) {
        Renderer renderer = renderers.get(format == null ? "" : format.toLowerCase(Locale.ROOT));
        List<FieldProblem> problems = new ArrayList<>();
        if (renderer == null) {
            problems.add(new FieldProblem("format", "must be one of " + renderers.keySet()));
        }
        String lang = language == null ? settings.current().language() : language;
        if (!PartnerSettings.LANGUAGES.contains(lang)) {
            problems.add(new FieldProblem("language", "must be one of " + PartnerSettings.LANGUAGES));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.validation(problems);
        }
        String tenant = TenantContext.require().value();
        return jobs.start(KIND, Map.of("format", renderer.format(), "language", lang), job -> {
            List<TrackedRecommendation> all = tracker.list(null, null);
            job.progress(0, all.size());
            ExportTable table = table(all, Texts.of(lang), tenant);
            byte[] content = renderer.render(table);
            job.progress(all.size(), all.size());
            return JobOutcome.file("recommendations-" + tenant + "-" + LocalDate.now() + "." + renderer.format(),
                    renderer.contentType(), content);
        });
    }

    static ExportTable table(List<TrackedRecommendation> all, Texts t, String tenant) {
        List<String> headings = List.of(t.get("export.source"), t.get("export.paragraph"), t.get("export.strength"),
                t.get("export.recommendation"), t.get("export.repeat"), t.get("export.status"), t.get("export.reason"),
                t.get("export.activities"), t.get("export.suggested"), t.get("export.greta"));
        List<List<String>> rows = new ArrayList<>();
        for (TrackedRecommendation tracked : all) {
            Recommendation r = tracked.recommendation();
            String reason = r.history().isEmpty() ? "" : r.history().get(r.history().size() - 1).reason();
            String activities = tracked.activities().isEmpty() ? t.get("export.none") : tracked.activities().stream()
                    .map(a -> (a.ref().code() == null ? a.ref().activityId() : a.ref().code()) + " ("
                            + (a.latestStatus() == null ? t.get("export.not_reported") : t.get("activity." + a.latestStatus()))
                            + ")").collect(Collectors.joining("; "));
            String greta = r.gretaAssessment() == null ? "" : (r.gretaAssessment().conclusion() == null ? ""
                    : r.gretaAssessment().conclusion() + ": ") + r.gretaAssessment().text();
            rows.add(List.of(tracked.source() == null ? "" : tracked.source().label(), nullToEmpty(r.paragraph()),
                    r.strength() == null ? "" : t.get("strength." + r.strength().code()), r.text(),
                    r.isRepeat() ? t.get("export.yes") + (r.repeatedBy() == null ? "" : " (" + r.repeatedBy() + ")") : "",
                    t.get("status." + r.status().code()), reason, activities,
                    tracked.suggestedStatus() == null ? "" : t.get("status." + tracked.suggestedStatus().code()), greta));
        }
        return new ExportTable(t.get("export.title"), t.get("export.generated", LocalDate.now().toString(), tenant),
                headings, rows);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
