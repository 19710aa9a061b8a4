package org.ariadne.partners.recommendation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.ariadne.partners.jobs.Job;
import org.ariadne.partners.jobs.Jobs;
import org.ariadne.partners.settings.PartnerSettings;
import org.ariadne.partners.settings.Settings;
import org.ariadne.partners.settings.Texts;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.web.FieldProblem;
import org.ariadne.web.ProblemException;
import org.springframework.stereotype.Service;

/**
 * The export "what we did on each recommendation" as a job: the tracker's rows in the tenant's language (or the one
 * asked for), rendered as DOCX (to edit and send) or XLSX (to sort and filter), stored for download.
 */
@Service
public class RecommendationExport {

    /** A way to lay the table out. */
    public interface Renderer {
        String format();

        String contentType();

        byte[] render(ExportTable table);
    }

    /** Where finished exports are kept for download. */
    public interface ExportFiles {
        String save(String fileName, String contentType, byte[] content);
    }

    private final RecommendationQueries tracker;
    private final Settings settings;
    private final Jobs jobs;
    private final Map<String, Renderer> renderers;
    private final ExportFiles files;

    public RecommendationExport(RecommendationQueries tracker, Settings settings, Jobs jobs, List<Renderer> renderers,
            ExportFiles files) {
        this.tracker = tracker;
        this.settings = settings;
        this.jobs = jobs;
        this.renderers = renderers.stream().collect(Collectors.toMap(Renderer::format, r -> r));
        this.files = files;
    }

    public Job start(String format, String language, String createdBy) {
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
        return jobs.start("recommendations-export", createdBy, progress -> {
            List<TrackedRecommendation> all = tracker.list(null, null);
            progress.report(0, all.size());
            ExportTable table = table(all, Texts.of(lang), tenant);
            progress.report(all.size(), all.size());
            String id = files.save("recommendations-" + tenant + "-" + LocalDate.now() + "." + renderer.format(),
                    renderer.contentType(), renderer.render(table));
            return "/api/t/" + tenant + "/partners/exports/" + id;
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
