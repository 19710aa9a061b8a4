package org.ariadne.plans.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ariadne.plans.importing.office.XlsxPlanWriter;
import org.ariadne.plans.plan.PlanMetadata;
import org.ariadne.testing.Api;
import org.ariadne.testing.ServiceTest;
import org.ariadne.testing.TestJwts;
import org.ariadne.testing.TestTenants;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Import of a generated 1,000-activity plan (10 areas × 10 programmes × 10 activities, every field filled) through
 * the job API — JSON lines, our XLSX export, and a foreign XLSX with heading rows whose levels are inferred — and
 * reads of the whole 1,000-activity tree. Prints figures, asserts no time.
 * Run: see docs/benchmarks.md, "Plans import".
 */
@Tag("benchmark")
@ServiceTest
class PlansImportBenchmark {

    static final String TENANT = "ba-bench";
    static final int RUNS = 5;
    static final int READS = 200;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    XlsxPlanWriter xlsxWriter;

    @Test
    void importAndReadAThousandActivities() {
        TestTenants.provision(context, TENANT);
        Api api = new Api(port);
        Imports imports = new Imports(api);
        List<ImportRow> rows = generatedRows();
        StringBuilder jsonl = new StringBuilder();
        for (ImportRow row : rows) {
            jsonl.append(line(row)).append('\n');
        }
        byte[] jsonlFile = jsonl.toString().getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        xlsxWriter.write(new PlanHeader("Benchmark", List.of("Oblast", "Strateški program"), PlanMetadata.NONE), rows,
                xlsx);
        byte[] xlsxFile = xlsx.toByteArray();

        byte[] headingsFile = headingLayoutXlsx(rows);

        String planId = null;
        for (String variant : List.of("jsonl", "xlsx", "xlsx-headings")) {
            String format = variant.startsWith("xlsx") ? "xlsx" : "jsonl";
            byte[] file = variant.equals("jsonl") ? jsonlFile : variant.equals("xlsx") ? xlsxFile : headingsFile;
            String type = format.equals("jsonl") ? "application/x-ndjson"
                    : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            long[] times = new long[RUNS + 1];
            for (int run = 0; run <= RUNS; run++) { // run 0 warms up
                long start = System.nanoTime();
                Api.Response job = imports.run(TENANT, file, type,
                        "format=" + format + "&mode=commit&title=Benchmark%20" + variant + "%20" + run);
                times[run] = System.nanoTime() - start;
                assertThat(job.<String>json("$.state")).isEqualTo("succeeded");
                assertThat(job.<Integer>json("$.details.summary.activities")).isEqualTo(1000);
                assertThat(job.<List<Integer>>json("$.details.summary.levels[*].nodes")).containsExactly(10, 100);
                if (variant.equals("xlsx")) {
                    planId = job.json("$.result.resourceId"); // the tree read below is of the export's plan, as before
                }
            }
            long[] measured = Arrays.copyOfRange(times, 1, times.length);
            Arrays.sort(measured);
            System.out.printf("BENCHMARK import %s (%d kB, 1,000 activities): best %.0f ms, median %.0f ms, worst %.0f ms, "
                    + "%.0f activities/s (median)%n",
                    variant, file.length / 1024, ms(measured[0]), ms(measured[RUNS / 2]), ms(measured[RUNS - 1]),
                    1000 / (ms(measured[RUNS / 2]) / 1000));
        }

        String path = "/api/t/" + TENANT + "/plans/" + planId;
        String token = TestJwts.forTenant(TENANT);
        for (int i = 0; i < 20; i++) {
            assertThat(api.get(path, token).status()).isEqualTo(200);
        }
        long[] reads = new long[READS];
        int size = 0;
        for (int i = 0; i < READS; i++) {
            long start = System.nanoTime();
            Api.Response tree = api.get(path, token);
            reads[i] = System.nanoTime() - start;
            size = tree.body().length();
        }
        Arrays.sort(reads);
        System.out.printf("BENCHMARK read whole tree (1,000 activities, %d kB JSON): p50 %.1f ms, p99 %.1f ms, %.0f reads/s (sequential)%n",
                size / 1024, ms(reads[READS / 2]), ms(reads[(int) (READS * 0.99)]),
                1000 / ms(Arrays.stream(reads).sum() / READS));
    }

    /**
     * The same plan as a foreign workbook laid out as administrations print it: the header row, then each area and
     * each programme as a heading row merged across the table ("1 Oblast 1 – …", "1.1 Program 1.1 – …"), then its
     * activities; read through the standard mapping, with heading levels inferred.
     */
    private static byte[] headingLayoutXlsx(List<ImportRow> rows) {
        org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
        org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("Akcioni plan");
        String[] header = {"R.br.", "Aktivnost", "Rok", "Nosilac", "Partneri", "Indikatori", "Potrebni resursi"};
        int r = 0;
        cells(sheet.createRow(r++), header);
        String area = null;
        String programme = null;
        for (ImportRow row : rows) {
            for (int depth = 0; depth < 2; depth++) {
                ImportRow.PathLevel level = row.path().get(depth);
                if (level.code().equals(depth == 0 ? area : programme)) {
                    continue;
                }
                if (depth == 0) {
                    area = level.code();
                } else {
                    programme = level.code();
                }
                cells(sheet.createRow(r), level.code() + " " + level.title());
                sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(r, r, 0, header.length - 1));
                r++;
            }
            cells(sheet.createRow(r++), row.code(), row.title(), row.deadline(), String.join("\n", row.leadInstitutions()),
                    String.join("\n", row.partners()), String.join("\n", row.indicators()), row.resources());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (workbook) {
            workbook.write(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void cells(org.apache.poi.ss.usermodel.Row row, String... texts) {
        for (int c = 0; c < texts.length; c++) {
            row.createCell(c).setCellValue(texts[c]);
        }
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static List<ImportRow> generatedRows() {
        List<ImportRow> rows = new ArrayList<>();
        for (int a = 1; a <= 10; a++) {
            for (int p = 1; p <= 10; p++) {
                for (int i = 1; i <= 10; i++) {
                    String code = a + "." + p + "." + i;
                    rows.add(new ImportRow(rows.size() + 1,
                            List.of(new ImportRow.PathLevel("Oblast", String.valueOf(a), "Oblast " + a + " – prevencija i zaštita"),
                                    new ImportRow.PathLevel("Strateški program", a + "." + p, "Program " + a + "." + p + " – jačanje kapaciteta")),
                            code, "Aktivnost " + code + ": organizovati obuke za policijske službenike i socijalne radnike o identifikaciji žrtava",
                            null, List.of(), null, (i % 4 + 1) + " kvartal 202" + (i % 4),
                            List.of("Ministarstvo unutrašnjih poslova", "Centar za socijalni rad"), List.of("IOM", "NVO"),
                            List.of(), List.of(), List.of("Broj održanih obuka", "Broj obučenih službenika"), List.of(),
                            List.of(), "Redovni budžet: 2021 – 10.000 KM", List.of(), Map.of("seq", String.valueOf(rows.size() + 1))));
                }
            }
        }
        return rows;
    }

    private static String line(ImportRow row) {
        return "{\"path\":[{\"level\":\"Oblast\",\"code\":\"" + row.path().get(0).code() + "\",\"title\":\"" + row.path().get(0).title()
                + "\"},{\"level\":\"Strateški program\",\"code\":\"" + row.path().get(1).code() + "\",\"title\":\"" + row.path().get(1).title()
                + "\"}],\"code\":\"" + row.code() + "\",\"title\":\"" + row.title() + "\",\"deadline_raw\":\"" + row.deadline()
                + "\",\"lead_institutions\":[\"Ministarstvo unutrašnjih poslova\",\"Centar za socijalni rad\"],\"partners\":[\"IOM\",\"NVO\"],"
                + "\"indicators\":[\"Broj održanih obuka\",\"Broj obučenih službenika\"],\"funding_raw\":\"" + row.resources()
                + "\",\"seq\":" + row.rowNumber() + "}";
    }
}
