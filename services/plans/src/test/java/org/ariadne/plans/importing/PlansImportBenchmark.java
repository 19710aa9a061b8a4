package org.ariadne.plans.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.Filters;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import org.ariadne.plans.importing.office.XlsxPlanWriter;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.tenancy.TenantId;
import org.ariadne.tenancy.mongo.TenantDatabases;
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
 * Import of generated 1,000- and 10,000-activity plans ({@link GeneratedPlan}, every field filled) through the job API
 * — JSON lines, our XLSX export, and (for 1,000) a foreign XLSX with heading rows whose levels are inferred — and
 * reads of the whole tree. Prints figures, asserts no time.
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
        String planId = importAndMeasure(GeneratedPlan.THOUSAND, RUNS);
        measureTreeReads(planId, READS);
    }

    /**
     * The same for a 10,000-activity plan (10 areas × 50 programmes × 20 activities): fewer runs, it is large
     * ({@code -Dbench.runs}, 3 by default, after one warm-up). The test's in-memory Mongo server keeps every plan
     * and every write in the 1 GB heap: {@code -Dbench.formats=xlsx} (or {@code jsonl}) measures one format per run.
     */
    @Test
    void importAndReadTenThousandActivities() {
        TestTenants.provision(context, TENANT);
        String planId = importAndMeasure(GeneratedPlan.TEN_THOUSAND, Integer.getInteger("bench.runs", 3));
        measureTreeReads(planId, 20);
    }

    private String importAndMeasure(GeneratedPlan generated, int runs) {
        Api api = new Api(port);
        Imports imports = new Imports(api);
        byte[] jsonlFile = generated.jsonLines();
        byte[] xlsxFile = generated.xlsx(xlsxWriter);
        byte[] headingsFile = generated == GeneratedPlan.THOUSAND ? headingLayoutXlsx(generated.rows()) : null;
        String planId = null;
        List<String> variants = headingsFile == null ? List.of("jsonl", "xlsx") : List.of("jsonl", "xlsx", "xlsx-headings");
        List<String> wanted = List.of(System.getProperty("bench.formats", String.join(",", variants)).split(","));
        for (String variant : variants.stream().filter(wanted::contains).toList()) {
            String format = variant.startsWith("xlsx") ? "xlsx" : "jsonl";
            byte[] file = variant.equals("jsonl") ? jsonlFile : variant.equals("xlsx") ? xlsxFile : headingsFile;
            String type = format.equals("jsonl") ? "application/x-ndjson"
                    : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            long[] times = new long[runs + 1];
            long[] relayed = new long[runs + 1];
            for (int run = 0; run <= runs; run++) { // run 0 warms up
                relayed[run] = awaitRelayed();
                long start = System.nanoTime();
                Api.Response job = imports.run(TENANT, file, type,
                        "format=" + format + "&mode=commit&title=Benchmark%20" + generated.size() + "%20" + variant + "%20" + run);
                times[run] = System.nanoTime() - start;
                assertThat(job.<String>json("$.state")).as(job.toString()).isEqualTo("succeeded");
                assertThat(job.<Integer>json("$.details.summary.activities")).isEqualTo(generated.size());
                assertThat(job.<List<Integer>>json("$.details.summary.levels[*].nodes"))
                        .containsExactly(generated.areas(), generated.areas() * generated.programmes());
                if (variant.equals("xlsx") || planId == null) {
                    planId = job.json("$.result.resourceId"); // the tree read below is of the export's plan, as before
                }
            }
            long[] measured = Arrays.copyOfRange(times, 1, times.length);
            Arrays.sort(measured);
            System.out.printf("BENCHMARK import %s (%d kB, %,d activities): best %.0f ms, median %.0f ms, worst %.0f ms, "
                    + "%.0f activities/s (median)%n",
                    variant, file.length / 1024, generated.size(), ms(measured[0]), ms(measured[runs / 2]),
                    ms(measured[runs - 1]), generated.size() / (ms(measured[runs / 2]) / 1000));
            long[] waits = Arrays.copyOfRange(relayed, 1, relayed.length);
            Arrays.sort(waits);
            System.out.printf("BENCHMARK   before each import, waited for the relay to publish the previous one's events: "
                    + "median %.0f ms, at most %.0f ms%n", ms(waits[runs / 2]), ms(waits[runs - 1]));
        }
        awaitRelayed();
        return planId;
    }

    /**
     * Waits until the relay has published every event of the imports so far (no plan document has events pending) and
     * says how long that took. An import stores its plan with one event per node and activity in the plan document
     * (ADR 0002); right after one import of 10,000 activities the relay is still publishing its 10,500 events, and on
     * the test's in-memory Mongo server — one worker for the whole database, and a {@code $pull} that matches every
     * pending event against each batch — the next import would wait behind that work and measure it instead of itself.
     */
    private long awaitRelayed() {
        long start = System.nanoTime();
        TenantDatabases databases = context.getBean(TenantDatabases.class);
        while (TenantContext.callAs(TenantId.of(TENANT), () -> databases.current().getCollection("plans")
                .countDocuments(Filters.eq("outboxPending", true))) > 0) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return System.nanoTime() - start;
    }

    private void measureTreeReads(String planId, int count) {
        Api api = new Api(port);
        String path = "/api/t/" + TENANT + "/plans/" + planId;
        String token = TestJwts.forTenant(TENANT);
        for (int i = 0; i < Math.min(20, count); i++) {
            assertThat(api.get(path, token).status()).isEqualTo(200);
        }
        long[] reads = new long[count];
        int size = 0;
        int activities = 0;
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            Api.Response tree = api.get(path, token);
            reads[i] = System.nanoTime() - start;
            size = tree.body().length();
            activities = tree.<Integer>json("$.activityCount");
        }
        Arrays.sort(reads);
        System.out.printf("BENCHMARK read whole tree (%,d activities, %d kB JSON): p50 %.1f ms, p99 %.1f ms, %.0f reads/s "
                + "(sequential)%n", activities, size / 1024, ms(reads[count / 2]), ms(reads[(int) (count * 0.99)]),
                1000 / ms(Arrays.stream(reads).sum() / count));
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
}
