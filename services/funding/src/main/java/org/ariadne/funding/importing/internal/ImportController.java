package org.ariadne.funding.importing.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ariadne.funding.importing.AnnexImports;
import org.ariadne.jobs.Job;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.web.FieldProblem;
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Budget annex imports: the file is the request body (XLSX or CSV, at most {@value #MAX_FILE_BYTES} bytes); the answer
 * is 202 with the Location of the job, which reports every problem by row and column and, after a commit, the lines.
 */
@RestController
@RequestMapping("/api/t/{tenant}/funding/imports")
@Tag(name = "Budget annex import", description = "Lines from a budget annex (XLSX or CSV): dry run, then commit")
class ImportController {

    static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

    private final AnnexImports imports;

    ImportController(AnnexImports imports) {
        this.imports = imports;
    }

    @PostMapping(consumes = MediaType.ALL_VALUE)
    @Operation(summary = "Import a budget annex (format=xlsx|csv, mode=dry-run|commit); 202 + Location of the job")
    ResponseEntity<Job> start(@RequestParam(required = false) String format,
            @RequestParam(required = false, defaultValue = AnnexImports.DRY_RUN) String mode,
            @RequestBody(required = false) byte[] file) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!"xlsx".equals(format) && !"csv".equals(format)) {
            problems.add(new FieldProblem("format", "must be xlsx or csv" + (format == null ? "" : "; got \""
                    + (format.length() > 20 ? format.substring(0, 20) : format) + "\"")));
        }
        if (!AnnexImports.DRY_RUN.equals(mode) && !AnnexImports.COMMIT.equals(mode)) {
            problems.add(new FieldProblem("mode", "must be dry-run or commit"));
        }
        if (file == null || file.length == 0) {
            problems.add(new FieldProblem("body", "the annex file must be the request body"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.validation(problems);
        }
        if (file.length > MAX_FILE_BYTES) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "A budget annex may hold at most " + MAX_FILE_BYTES
                    + " bytes; this one holds " + file.length, Map.of("maxBytes", MAX_FILE_BYTES));
        }
        Job job = imports.start(format, mode, file);
        return ResponseEntity.accepted().location(URI.create("/api/t/" + TenantContext.require().value()
                + "/funding/jobs/" + job.id())).body(job);
    }
}
