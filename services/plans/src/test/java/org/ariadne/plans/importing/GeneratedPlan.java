package org.ariadne.plans.importing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ariadne.plans.importing.office.XlsxPlanWriter;
import org.ariadne.plans.plan.PlanMetadata;

/**
 * A generated plan for the benchmarks: {@code areas} areas × {@code programmes} strategic programmes per area ×
 * {@code activities} activities per programme, every activity with path, code, title, quarter deadline, two lead and
 * two partner institutions, two indicators and a resources cell — as JSON lines and as the XLSX our export writes.
 */
public record GeneratedPlan(int areas, int programmes, int activities) {

    public static final GeneratedPlan THOUSAND = new GeneratedPlan(10, 10, 10);
    public static final GeneratedPlan TEN_THOUSAND = new GeneratedPlan(10, 50, 20);

    public int size() {
        return areas * programmes * activities;
    }

    public List<ImportRow> rows() {
        List<ImportRow> rows = new ArrayList<>();
        for (int a = 1; a <= areas; a++) {
            for (int p = 1; p <= programmes; p++) {
                for (int i = 1; i <= activities; i++) {
                    String code = a + "." + p + "." + i;
                    rows.add(new ImportRow(rows.size() + 1,
                            List.of(new ImportRow.PathLevel("Oblast", String.valueOf(a), "Oblast " + a + " – prevencija i zaštita"),
                                    new ImportRow.PathLevel("Strateški program", a + "." + p, "Program " + a + "." + p
                                            + " – jačanje kapaciteta")),
                            code, "Aktivnost " + code + ": organizovati obuke za policijske službenike i socijalne radnike o "
                                    + "identifikaciji žrtava",
                            null, List.of(), null, (i % 4 + 1) + " kvartal 202" + (i % 4),
                            List.of("Ministarstvo unutrašnjih poslova", "Centar za socijalni rad"), List.of("IOM", "NVO"),
                            List.of(), List.of(), List.of("Broj održanih obuka", "Broj obučenih službenika"), List.of(),
                            List.of(), "Redovni budžet: 2021 – 10.000 KM", List.of(), Map.of("seq", String.valueOf(rows.size() + 1))));
                }
            }
        }
        return rows;
    }

    public byte[] jsonLines() {
        StringBuilder jsonl = new StringBuilder();
        for (ImportRow row : rows()) {
            jsonl.append("{\"path\":[{\"level\":\"Oblast\",\"code\":\"").append(row.path().get(0).code())
                    .append("\",\"title\":\"").append(row.path().get(0).title())
                    .append("\"},{\"level\":\"Strateški program\",\"code\":\"").append(row.path().get(1).code())
                    .append("\",\"title\":\"").append(row.path().get(1).title())
                    .append("\"}],\"code\":\"").append(row.code()).append("\",\"title\":\"").append(row.title())
                    .append("\",\"deadline_raw\":\"").append(row.deadline())
                    .append("\",\"lead_institutions\":[\"Ministarstvo unutrašnjih poslova\",\"Centar za socijalni rad\"],")
                    .append("\"partners\":[\"IOM\",\"NVO\"],\"indicators\":[\"Broj održanih obuka\",\"Broj obučenih službenika\"],")
                    .append("\"funding_raw\":\"").append(row.resources()).append("\",\"seq\":").append(row.rowNumber()).append("}\n");
        }
        return jsonl.toString().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] xlsx(XlsxPlanWriter writer) {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        writer.write(new PlanHeader("Benchmark", List.of("Oblast", "Strateški program"), PlanMetadata.NONE), rows(), xlsx);
        return xlsx.toByteArray();
    }
}
