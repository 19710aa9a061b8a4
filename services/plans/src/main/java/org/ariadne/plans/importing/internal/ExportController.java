package org.ariadne.plans.importing.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.text.Normalizer;
import java.util.List;
import org.ariadne.plans.importing.ImportFormat;
import org.ariadne.plans.importing.PlanBundle;
import org.ariadne.plans.importing.PlanHeader;
import org.ariadne.plans.importing.PlanRows;
import org.ariadne.plans.importing.office.XlsxPlanWriter;
import org.ariadne.plans.plan.Plan;
import org.ariadne.plans.plan.PlanQueries;
import org.ariadne.web.ETags;
import org.ariadne.web.FieldProblem;
import org.ariadne.web.ProblemException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Export of a plan's current version as the JSON bundle or as an XLSX workbook (its activities and its own fields);
 * importing either gives a new plan with the same fields and tree, but new ids and without the version history, the
 * audit trail and the structured fields that have no column (docs/plans.md, "Export").
 */
@RestController
@RequestMapping("/api/t/{tenant}/plans/{planId}/export")
@Tag(name = "Plan imports")
class ExportController {

    private final PlanQueries queries;
    private final XlsxPlanWriter xlsx;

    ExportController(PlanQueries queries, XlsxPlanWriter xlsx) {
        this.queries = queries;
        this.xlsx = xlsx;
    }

    @GetMapping
    @Operation(summary = "Export a plan (format=json-bundle|xlsx)")
    ResponseEntity<byte[]> export(@PathVariable String planId, @Parameter(schema = @Schema(allowableValues = {"json-bundle", "xlsx"}))
            @RequestParam(defaultValue = "json-bundle") String format) {
        ImportFormat chosen = ImportFormat.of(format);
        if (chosen != ImportFormat.JSON_BUNDLE && chosen != ImportFormat.XLSX) {
            throw ProblemException.validation(List.of(new FieldProblem("format", "must be json-bundle or xlsx; got \""
                    + format + "\"")));
        }
        Plan plan = queries.get(planId);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String extension;
        if (chosen == ImportFormat.XLSX) {
            xlsx.write(PlanHeader.of(plan), PlanRows.toRows(plan), out);
            extension = ".xlsx";
        } else {
            PlanBundle.of(plan).write(out);
            extension = ".json";
        }
        String fileName = fileName(plan.title()) + extension;
        return ResponseEntity.ok().eTag(ETags.of(plan.version()))
                .contentType(MediaType.parseMediaType(chosen.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(out.toByteArray());
    }

    private static String fileName(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return ascii.isEmpty() ? "plan" : ascii.length() > 80 ? ascii.substring(0, 80) : ascii;
    }
}
