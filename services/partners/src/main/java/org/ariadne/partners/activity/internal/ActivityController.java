package org.ariadne.partners.activity.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ariadne.partners.activity.ActivityView;
import org.ariadne.partners.activity.ActivityViews;
import org.ariadne.partners.institution.NameMatch;
import org.ariadne.partners.resolution.ActivityReading;
import org.ariadne.partners.resolution.ReviewQueries;
import org.ariadne.web.ProblemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** HTTP ↔ what partners knows of the plans' activities: codes, printed names and how they read, latest status. */
@RestController
@RequestMapping("/api/t/{tenant}/partners/activities")
@Tag(name = "Activities", description = "Plan activities as partners knows them, with how their institution names read")
class ActivityController {

    /** Ids and codes as plans sends them (ids are UUIDs, codes as printed: "1.2.3"); a longer one names nothing. */
    static final int MAX_ID = 100;

    private final ActivityViews views;
    private final ReviewQueries readings;

    ActivityController(ActivityViews views, ReviewQueries readings) {
        this.views = views;
        this.readings = readings;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ActivityDetail(String activityId, String planId, String code, String title, String latestStatus,
            String latestRoundId, List<ReadNameView> names) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ReadNameView(String role, String printed, List<PartView> parts) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PartView(String text, String outcome, String institutionId, String institutionName) {
    }

    record ActivityList(List<ActivityDetail> items, int total) {
    }

    @GetMapping
    @Operation(summary = "Activities by code as printed (optionally within one plan), or all")
    ActivityList list(@RequestParam(required = false) @Size(max = MAX_ID) String code,
            @RequestParam(required = false) @Size(max = MAX_ID) String planId) {
        List<ActivityView> found = code != null ? views.byCode(code, planId) : planId != null ? views.ofPlan(planId) : views.all();
        found = found.stream().filter(a -> planId == null || planId.equals(a.planId())).toList();
        Map<String, ActivityReading> read = readings.readings(found.stream().map(ActivityView::activityId).toList());
        List<ActivityDetail> items = found.stream().map(a -> detail(a, Optional.ofNullable(read.get(a.activityId())))).toList();
        return new ActivityList(items, items.size());
    }

    @GetMapping("/{activityId}")
    @Operation(summary = "An activity with each printed name and the institutions it reads as")
    ActivityDetail get(@PathVariable String activityId) {
        return views.find(activityId).filter(a -> !a.removed()).map(a -> detail(a, readings.reading(a.activityId())))
                .orElseThrow(() -> ProblemException.notFound("Activity " + activityId));
    }

    private static ActivityDetail detail(ActivityView a, Optional<ActivityReading> reading) {
        List<ReadNameView> names = reading.map(r -> r.names().stream().map(ActivityController::name).toList()).orElse(List.of());
        return new ActivityDetail(a.activityId(), a.planId(), a.code(), a.title(), a.latestStatus(), a.latestRoundId(), names);
    }

    private static ReadNameView name(ActivityReading.ReadName n) {
        return new ReadNameView(n.role().code(), n.printed(), n.parts().stream().map(p -> new PartView(p.text(),
                p.outcome() == NameMatch.Outcome.UNRESOLVED ? "review" : p.outcome().name().toLowerCase(java.util.Locale.ROOT),
                p.institutionId(), p.institutionName())).toList());
    }
}
