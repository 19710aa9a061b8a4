package org.ariadne.webapp.donor.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ariadne.webapp.api.Download;
import org.ariadne.webapp.api.Json;
import org.ariadne.webapp.api.PlatformApi;
import org.ariadne.webapp.donor.FundedActivities;
import org.ariadne.webapp.i18n.LanguageChoice;
import org.ariadne.webapp.i18n.RegionalFormat;
import org.ariadne.webapp.shell.ForbiddenPageException;
import org.ariadne.webapp.signin.CurrentUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A donor's programme officer: the activities their organisation funds in every jurisdiction, one activity with the
 * funded lines serving it, and the CSV export — all from funding's donor API ({@code /api/donor/funding}), which
 * computes every answer from what the organisation funds. Such a user has no tenant: no tenant page is offered.
 */
@Controller
class DonorPages {

    /** Donors span jurisdictions: figures and dates follow the language the officer reads in. */
    private static final String DONOR_TIME_ZONE = "Europe/Sarajevo";

    private final PlatformApi api;
    private final CurrentUser currentUser;

    DonorPages(PlatformApi api, CurrentUser currentUser) {
        this.api = api;
        this.currentUser = currentUser;
    }

    @GetMapping({"/donor", "/donor/activities"})
    String activities(@RequestParam(required = false) String tenant, @RequestParam(required = false) String status,
            @RequestParam(required = false) String q, HttpServletRequest request, Model model) {
        requireDonor();
        FundedActivities.Filter filter = new FundedActivities.Filter(bounded(tenant), bounded(status), bounded(q));
        model.addAttribute("funded", FundedActivities.of(api.get("/api/donor/funding/activities"),
                api.get("/api/donor/funding/lines"), filter));
        model.addAttribute("filter", filter);
        model.addAttribute("fmt", donorFormat(request));
        return "donor-activities";
    }

    @GetMapping("/donor/activities/{owner}/{planId}/{activityId}")
    String activity(@PathVariable String owner, @PathVariable String planId, @PathVariable String activityId,
            HttpServletRequest request, Model model) {
        requireDonor();
        Map<String, Object> activity = api.get("/api/donor/funding/activities/{tenant}/{planId}/{activityId}", owner, planId,
                activityId);
        List<Map<String, Object>> lines = new ArrayList<>();
        for (String lineId : Json.strings(activity, "lineIds")) {
            lines.add(api.get("/api/donor/funding/lines/{lineId}", lineId));
        }
        model.addAttribute("activity", activity);
        model.addAttribute("lines", lines);
        model.addAttribute("fmt", donorFormat(request));
        return "donor-activity";
    }

    @GetMapping("/donor/export")
    ResponseEntity<byte[]> export() {
        requireDonor();
        Download file = api.download("/api/donor/funding/export?format=csv");
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, file.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, file.contentDisposition() == null
                        ? "attachment; filename=\"funded-activities.csv\"" : file.contentDisposition())
                .body(file.content());
    }

    private void requireDonor() {
        if (!currentUser.get().donor()) {
            throw new ForbiddenPageException("donor organisations' officers only");
        }
    }

    private static RegionalFormat donorFormat(HttpServletRequest request) {
        return new RegionalFormat(LanguageChoice.current(request), DONOR_TIME_ZONE);
    }

    /** A filter longer than any code, title or status cannot match anything: it is not passed on. */
    private static String bounded(String value) {
        return value == null || value.length() > 200 ? null : value;
    }
}
