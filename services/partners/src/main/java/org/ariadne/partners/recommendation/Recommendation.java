package org.ariadne.partners.recommendation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ariadne.partners.activity.ActivityRef;
import org.ariadne.web.FieldProblem;
import org.ariadne.web.ProblemException;
import org.ariadne.web.validation.IsoDate;

/**
 * One recommendation the tenant answers: its paragraph and text in the source, how strongly it is put, the article of
 * the Convention it rests on, whether it repeats an earlier recommendation ({@code repeatsId}) or is repeated by a
 * later report ({@code repeatedBy}), the tenant's own status with the reason for every change, GRETA's own later
 * assessment (kept apart), and the plan activities that answer it.
 */
public record Recommendation(String id, String sourceId, String paragraph, String text, Strength strength, String article,
        String repeatsId, String repeatedBy, RecommendationStatus status, List<StatusChange> history,
        GretaAssessment gretaAssessment, List<ActivityRef> activities, String due, Instant createdAt, Instant updatedAt,
        long version) {

    public static final int MAX_TEXT = 10_000;
    public static final int MAX_REASON = 4000;
    public static final int MAX_CONCLUSION = 200;
    public static final int MAX_PARAGRAPH = 30;
    public static final int MAX_ARTICLE = 100;
    public static final int MAX_REPEATED_BY = 300;
    public static final int MAX_ACTIVITIES = 100;

    /** A status change: from, to, why, who, when. */
    public record StatusChange(String from, String to, String reason, String by, Instant at) {
    }

    /** GRETA's own assessment of the recommendation in a later report: never the tenant's status. */
    public record GretaAssessment(String text, String conclusion, String source, String date) {
    }

    /** What the coordinator writes when recording or editing a recommendation. */
    public record Fields(String paragraph, String text, Strength strength, String article, String repeatsId,
            String repeatedBy, List<ActivityRef> activities, String due) {

        public Fields {
            activities = activities == null ? List.of() : List.copyOf(activities);
        }
    }

    public Recommendation {
        history = history == null ? List.of() : List.copyOf(history);
        activities = activities == null ? List.of() : List.copyOf(activities);
    }

    public static Recommendation record(String id, RecommendationSource source, Fields fields, RecommendationStatus status,
            Instant now, java.util.function.Predicate<String> recommendationExists) {
        check(id, source, fields, recommendationExists);
        RecommendationStatus initial = status == null ? RecommendationStatus.OPEN : status;
        return new Recommendation(id, source.id(), fields.paragraph(), fields.text().strip(), fields.strength(),
                fields.article(), fields.repeatsId(), fields.repeatedBy(), initial, List.of(), null, fields.activities(),
                fields.due(), now, now, 0);
    }

    public Fields fields() {
        return new Fields(paragraph, text, strength, article, repeatsId, repeatedBy, activities, due);
    }

    public Recommendation withFields(RecommendationSource source, Fields fields, Instant now,
            java.util.function.Predicate<String> recommendationExists) {
        check(id, source, fields, recommendationExists);
        return new Recommendation(id, sourceId, fields.paragraph(), fields.text().strip(), fields.strength(),
                fields.article(), fields.repeatsId(), fields.repeatedBy(), status, history, gretaAssessment,
                fields.activities(), fields.due(), createdAt, now, version);
    }

    /** The coordinator's new status, with a reason (422 without one); the same status again changes nothing. */
    public Recommendation withStatus(RecommendationStatus newStatus, String reason, String by, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        if (newStatus == null) {
            problems.add(new FieldProblem("/status", "must be one of " + RecommendationStatus.codes()));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(new FieldProblem("/reason", "a status changes with a reason"));
        } else if (reason.length() > MAX_REASON) {
            problems.add(new FieldProblem("/reason", "must be at most " + MAX_REASON + " characters"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.validation(problems);
        }
        if (newStatus == status) {
            return this;
        }
        List<StatusChange> more = new ArrayList<>(history);
        more.add(new StatusChange(status.code(), newStatus.code(), reason.strip(), by, now));
        return new Recommendation(id, sourceId, paragraph, text, strength, article, repeatsId, repeatedBy, newStatus, more,
                gretaAssessment, activities, due, createdAt, now, version);
    }

    public Recommendation withGretaAssessment(GretaAssessment assessment, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        if (assessment.text() == null || assessment.text().isBlank()) {
            problems.add(new FieldProblem("/text", "must not be blank"));
        } else if (assessment.text().length() > MAX_TEXT) {
            problems.add(new FieldProblem("/text", "must be at most " + MAX_TEXT + " characters"));
        }
        if (assessment.date() != null && !IsoDate.Validator.exists(assessment.date())) {
            problems.add(new FieldProblem("/date", "must be an existing ISO date (yyyy-mm-dd)"));
        }
        if (assessment.conclusion() != null && assessment.conclusion().length() > MAX_CONCLUSION) {
            problems.add(new FieldProblem("/conclusion", "must be at most " + MAX_CONCLUSION + " characters"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.validation(problems);
        }
        return new Recommendation(id, sourceId, paragraph, text, strength, article, repeatsId, repeatedBy, status, history,
                assessment, activities, due, createdAt, now, version);
    }

    public Recommendation atVersion(long newVersion) {
        return new Recommendation(id, sourceId, paragraph, text, strength, article, repeatsId, repeatedBy, status, history,
                gretaAssessment, activities, due, createdAt, updatedAt, newVersion);
    }

    /** True when it repeats an earlier recommendation or a later report repeats it. */
    public boolean isRepeat() {
        return repeatsId != null || repeatedBy != null;
    }

    /**
     * What the linked activities' latest monitoring statuses suggest (the coordinator confirms it): all implemented →
     * implemented; some implemented or under way → partially implemented / in progress; none reported → nothing.
     */
    public static Optional<RecommendationStatus> suggestedBy(List<String> latestActivityStatuses) {
        List<String> reported = latestActivityStatuses.stream().filter(Objects::nonNull)
                .filter(s -> !"no_data".equals(s)).toList();
        if (reported.isEmpty()) {
            return Optional.empty();
        }
        long implemented = reported.stream().filter("implemented"::equals).count();
        if (implemented == latestActivityStatuses.size()) {
            return Optional.of(RecommendationStatus.IMPLEMENTED);
        }
        if (implemented > 0 || reported.contains("partially_implemented")) {
            return Optional.of(RecommendationStatus.PARTIALLY_IMPLEMENTED);
        }
        if (reported.contains("ongoing")) {
            return Optional.of(RecommendationStatus.IN_PROGRESS);
        }
        if (reported.stream().allMatch("not_implemented"::equals)) {
            return Optional.of(RecommendationStatus.NOT_IMPLEMENTED);
        }
        return Optional.of(RecommendationStatus.OPEN);
    }

    private static void check(String id, RecommendationSource source, Fields f,
            java.util.function.Predicate<String> recommendationExists) {
        List<FieldProblem> problems = new ArrayList<>();
        if (f.text() == null || f.text().isBlank()) {
            problems.add(new FieldProblem("/text", "must not be blank"));
        } else if (f.text().length() > MAX_TEXT) {
            problems.add(new FieldProblem("/text", "must be at most " + MAX_TEXT + " characters"));
        }
        if (f.paragraph() != null && f.paragraph().length() > MAX_PARAGRAPH) {
            problems.add(new FieldProblem("/paragraph", "must be at most " + MAX_PARAGRAPH + " characters"));
        }
        if (f.article() != null && f.article().length() > MAX_ARTICLE) {
            problems.add(new FieldProblem("/article", "must be at most " + MAX_ARTICLE + " characters"));
        }
        if (!source.kind().allows(f.strength())) {
            problems.add(new FieldProblem("/strength", source.kind() == SourceKind.TIP_REPORT
                    ? "a TIP report's recommendations are 'prioritized' (or have no strength)"
                    : "GRETA and the EU 'urge', 'consider' or 'invite'; 'prioritized' is the TIP report's"));
        }
        if (f.repeatsId() != null) {
            if (f.repeatsId().equals(id)) {
                problems.add(new FieldProblem("/repeatsId", "A recommendation cannot repeat itself"));
            } else if (!recommendationExists.test(f.repeatsId())) {
                problems.add(new FieldProblem("/repeatsId", "There is no recommendation " + f.repeatsId() + " in this tenant"));
            }
        }
        if (f.repeatedBy() != null && f.repeatedBy().length() > MAX_REPEATED_BY) {
            problems.add(new FieldProblem("/repeatedBy", "must be at most " + MAX_REPEATED_BY + " characters"));
        }
        if (f.due() != null && !IsoDate.Validator.exists(f.due())) {
            problems.add(new FieldProblem("/due", "must be an existing ISO date (yyyy-mm-dd)"));
        }
        if (f.activities().size() > 100) {
            problems.add(new FieldProblem("/activities", "at most 100 linked activities"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.validation(problems);
        }
    }
}
