package org.ariadne.plans.importing;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.ariadne.plans.plan.Plan;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON bundle: a whole plan in one file — its title, level names and metadata, and its activities as rows
 * (the same {@link ImportRow}s every other format reads and writes). {@code format} must be {@value #FORMAT}.
 */
public record PlanBundle(String format, int version, PlanHeader plan, List<ImportRow> rows) {

    public static final String FORMAT = "ariadne-plan-bundle";

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    public static PlanBundle of(Plan plan) {
        return new PlanBundle(FORMAT, 1, PlanHeader.of(plan), PlanRows.toRows(plan));
    }

    public void write(OutputStream out) {
        JSON.writerWithDefaultPrettyPrinter().writeValue(out, this);
    }

    /** Reads a bundle; a file that is not one gives a bundle-less result with the problem. */
    public static Read read(InputStream in) {
        PlanBundle bundle;
        try {
            bundle = JSON.readValue(in, PlanBundle.class);
        } catch (JacksonException e) {
            return new Read(null, List.of(new ImportProblem(0, null, "not a plan bundle: the file is not "
                    + "well-formed JSON in UTF-8 of the shape an export writes", null)));
        }
        List<ImportProblem> problems = new ArrayList<>();
        if (bundle == null || !FORMAT.equals(bundle.format())) {
            problems.add(new ImportProblem(0, "format", "not a plan bundle (format must be \"" + FORMAT + "\")", null));
            return new Read(null, problems);
        }
        if (bundle.plan() == null) {
            problems.add(new ImportProblem(0, "plan", "the bundle has no plan header", null));
            return new Read(null, problems);
        }
        return new Read(bundle, problems);
    }

    public record Read(PlanBundle bundle, List<ImportProblem> problems) {
    }

    /**
     * The rows with the list fields a hand-written bundle may leave out made empty, numbered from 1 when unnumbered;
     * the plan header goes with them.
     */
    public ParsedTable table() {
        List<ImportRow> normalized = new ArrayList<>();
        List<ImportRow> source = rows == null ? List.of() : rows;
        for (int i = 0; i < source.size(); i++) {
            ImportRow r = source.get(i);
            if (r == null) {
                continue;
            }
            normalized.add(new ImportRow(r.rowNumber() > 0 ? r.rowNumber() : i + 1, r.path() == null ? List.of() : r.path(),
                    r.code(), r.title(), r.description(), or(r.goals()), r.expectedResults(), r.deadline(),
                    or(r.leadInstitutions()), or(r.partners()), or(r.implementers()), or(r.funders()), or(r.indicators()),
                    or(r.meansOfVerification()), or(r.quantitativeTargets()), r.resources(), or(r.frameworkRefs()),
                    r.extra() == null ? java.util.Map.of() : r.extra()));
        }
        return new ParsedTable(plan.levelNames() == null ? List.of() : plan.levelNames(), normalized, List.of(), plan);
    }

    private static List<String> or(List<String> values) {
        return values == null ? List.of() : values;
    }

}
