package org.ariadne.plans.importing.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ariadne.plans.importing.ColumnMapping;
import org.ariadne.plans.importing.ColumnMappings;
import org.ariadne.web.FieldProblem;
import org.ariadne.web.ProblemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Column mappings a tenant saves for its XLSX/CSV/DOCX tables and names in an import ({@code ?mapping=<name>}).
 * Keys are ImportRow field names and {@code level1..level8}, {@code level1Code..level8Code}; values are header texts
 * (alternatives separated by {@code |}) or {@code #<column letter>}.
 */
@RestController
@RequestMapping("/api/t/{tenant}/plans/import-mappings")
@Tag(name = "Plan imports")
class ColumnMappingController {

    static final Set<String> FIELDS = fields();

    private final ColumnMappings mappings;

    ColumnMappingController(ColumnMappings mappings) {
        this.mappings = mappings;
    }

    record MappingRequest(
            @NotEmpty @Size(max = 60) Map<@NotBlank String, @NotBlank @Size(max = 500) String> columns,
            @Schema(description = "the 1-based row that holds the headers; 0 or absent: search the first rows")
            @Min(0) @Max(1000) Integer headerRow) {
    }

    record MappingList(List<ColumnMapping> items) {
    }

    @PutMapping("/{name}")
    @Operation(summary = "Save (create or replace) a named column mapping")
    ColumnMapping save(@PathVariable String name, @Valid @RequestBody MappingRequest body) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!name.matches("[A-Za-z0-9._-]{1,60}")) {
            problems.add(new FieldProblem("name", "1 to 60 letters, digits, '.', '_' or '-'"));
        }
        for (String field : body.columns().keySet()) {
            if (!FIELDS.contains(field)) {
                problems.add(new FieldProblem("/columns/" + field, "not a field of an activity row; one of " + FIELDS));
            }
        }
        if (!body.columns().containsKey("title")) {
            problems.add(new FieldProblem("/columns/title", "a mapping must say which column holds the activity's title"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.validation(problems);
        }
        ColumnMapping mapping = new ColumnMapping(name, body.columns(), body.headerRow() == null ? 0 : body.headerRow());
        mappings.save(mapping);
        return mapping;
    }

    @GetMapping
    @Operation(summary = "The tenant's saved column mappings")
    MappingList list() {
        return new MappingList(mappings.all());
    }

    @GetMapping("/{name}")
    @Operation(summary = "One saved column mapping")
    ColumnMapping get(@PathVariable String name) {
        return mappings.find(name).orElseThrow(() -> ProblemException.notFound("Column mapping " + name));
    }

    private static Set<String> fields() {
        Set<String> fields = new TreeSet<>(List.of("code", "title", "description", "goals", "expectedResults",
                "deadline", "leadInstitutions", "partners", "implementers", "funders", "indicators",
                "meansOfVerification", "quantitativeTargets", "resources", "frameworkRefs"));
        for (int level = 1; level <= 8; level++) {
            fields.add("level" + level);
            fields.add("level" + level + "Code");
        }
        return fields;
    }
}
