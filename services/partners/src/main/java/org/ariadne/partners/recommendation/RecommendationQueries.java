package org.ariadne.partners.recommendation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ariadne.partners.activity.ActivityLinks;
import org.ariadne.partners.activity.ActivityRef;
import org.ariadne.partners.activity.ActivityView;
import org.ariadne.web.ProblemException;
import org.springframework.stereotype.Service;

/** The tracker: recommendations with their sources and the linked activities' latest statuses, in report order. */
@Service
public class RecommendationQueries {

    private final RecommendationRepository repository;
    private final ActivityLinks activities;

    public RecommendationQueries(RecommendationRepository repository, ActivityLinks activities) {
        this.repository = repository;
        this.activities = activities;
    }

    public List<RecommendationSource> sources() {
        return repository.sources();
    }

    public List<TrackedRecommendation> list(String sourceId, RecommendationStatus status) {
        Map<String, RecommendationSource> sources = new HashMap<>();
        repository.sources().forEach(s -> sources.put(s.id(), s));
        List<TrackedRecommendation> tracked = new ArrayList<>();
        for (Recommendation r : repository.all()) {
            if ((sourceId == null || sourceId.equals(r.sourceId())) && (status == null || status == r.status())) {
                tracked.add(track(r, sources.get(r.sourceId())));
            }
        }
        tracked.sort(Comparator.comparing((TrackedRecommendation t) -> t.source() == null ? "" : sortKey(t.source()))
                .thenComparing(t -> paragraphKey(t.recommendation().paragraph())));
        return tracked;
    }

    public TrackedRecommendation get(String id) {
        Recommendation r = repository.find(id).orElseThrow(() -> ProblemException.notFound("Recommendation " + id));
        return track(r, repository.source(r.sourceId()).orElse(null));
    }

    public Optional<Recommendation> find(String id) {
        return repository.find(id);
    }

    private TrackedRecommendation track(Recommendation r, RecommendationSource source) {
        List<TrackedRecommendation.LinkedActivity> linked = new ArrayList<>();
        for (ActivityRef ref : r.activities()) {
            ActivityView view = activities.view(ref.activityId()).orElse(null);
            linked.add(new TrackedRecommendation.LinkedActivity(ref, view == null ? null : view.title(),
                    view == null ? null : view.latestStatus(), view == null ? null : view.latestRoundId()));
        }
        RecommendationStatus suggested = linked.isEmpty() ? null : Recommendation.suggestedBy(linked.stream()
                .map(TrackedRecommendation.LinkedActivity::latestStatus).toList()).orElse(null);
        return new TrackedRecommendation(r, source, linked, suggested);
    }

    /** Sources in the order a coordinator reads them: GRETA by round, then TIP by year, then the rest. */
    private static String sortKey(RecommendationSource s) {
        return s.kind().ordinal() + ":" + String.format("%04d", s.round() != null ? s.round() : s.year() != null ? s.year() : 0)
                + ":" + s.title();
    }

    /** "23" before "116"; non-numeric paragraphs after, alphabetically. */
    private static String paragraphKey(String paragraph) {
        if (paragraph == null) {
            return "~";
        }
        String digits = paragraph.replaceAll("[^0-9].*$", "");
        return digits.isEmpty() ? "~" + paragraph : String.format("%08d", Long.parseLong(digits.length() > 8
                ? digits.substring(0, 8) : digits)) + paragraph;
    }
}
