package org.ariadne.funding.donor.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.ariadne.funding.donor.DonorExport;
import org.ariadne.funding.donor.DonorViews;
import org.ariadne.funding.donor.FundedActivity;
import org.ariadne.funding.donor.FundedLine;
import org.ariadne.web.FieldProblem;
import org.ariadne.web.ProblemException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The donor API: what the caller's donor organisation funds, across every tenant — the activities its lines are
 * linked to (plan context, latest monitoring result) and those lines (allocations, transactions). Only for tokens
 * with a donor organisation ({@link DonorAccess}); anything the organisation does not fund is an unknown id (404).
 */
@RestController
@RequestMapping("/api/donor/funding")
@Tag(name = "Donor", description = "A donor organisation's funded activities and lines across tenants (donor tokens only)")
class DonorController {

    private final DonorViews views;

    DonorController(DonorViews views) {
        this.views = views;
    }

    record ActivityList(String organisation, List<FundedActivity> items) {
    }

    record LineList(String organisation, List<FundedLine> items) {
    }

    @GetMapping("/activities")
    @Operation(summary = "The activities a line funded by your organisation is linked to, in every tenant, with their "
            + "plan context and latest monitoring result")
    ActivityList activities(@RequestAttribute(DonorAccess.ORGANISATION) String organisation) {
        return new ActivityList(organisation, views.portfolio(organisation).activities());
    }

    @GetMapping("/activities/{tenant}/{planId}/{activityId}")
    @Operation(summary = "One funded activity, by its tenant, plan and id (an activity your organisation does not fund "
            + "is not found)")
    FundedActivity activity(@RequestAttribute(DonorAccess.ORGANISATION) String organisation, @PathVariable String tenant,
            @PathVariable String planId, @PathVariable String activityId) {
        return views.activity(organisation, bounded("tenant", tenant), bounded("planId", planId),
                bounded("activityId", activityId));
    }

    @GetMapping("/lines")
    @Operation(summary = "The budget lines your organisation funds, with their allocations and transactions")
    LineList lines(@RequestAttribute(DonorAccess.ORGANISATION) String organisation) {
        return new LineList(organisation, views.portfolio(organisation).lines());
    }

    @GetMapping("/lines/{lineId}")
    @Operation(summary = "One funded line (a line your organisation does not fund is not found)")
    FundedLine line(@RequestAttribute(DonorAccess.ORGANISATION) String organisation, @PathVariable String lineId) {
        return views.line(organisation, bounded("lineId", lineId));
    }

    @GetMapping("/export")
    @Operation(summary = "The funded activities with the funded lines serving them, as CSV (format=csv): one row per "
            + "activity and line; never an activity your organisation does not fund")
    ResponseEntity<byte[]> export(@RequestAttribute(DonorAccess.ORGANISATION) String organisation,
            @Parameter(schema = @Schema(allowableValues = {"csv"})) @RequestParam(defaultValue = "csv") String format) {
        if (!"csv".equals(format)) {
            throw ProblemException.validation(List.of(new FieldProblem("format", "must be csv")));
        }
        byte[] csv = DonorExport.csv(views.portfolio(organisation));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("funded-activities.csv").build().toString())
                .body(csv);
    }

    private static String bounded(String name, String id) {
        if (id.length() > 100) {
            throw ProblemException.validation(List.of(new FieldProblem(name, "at most 100 characters")));
        }
        return id;
    }
}
