package org.ariadne.plans.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.ariadne.testing.Api;
import org.ariadne.testing.ServiceApiTest;
import org.ariadne.testing.TestJwts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The import job resource: dry run vs commit, problems by row and column, and files that must write nothing. */
class ImportJobApiTest extends ServiceApiTest {

    @Override
    protected String[] tenants() {
        return new String[] {TENANT, "ba-i1"};
    }

    static final String TENANT = "me-i1";
    static final String PLANS = "/api/t/" + TENANT + "/plans";

    Imports imports;
    String token;

    @BeforeEach
    void setUp() {
        imports = new Imports(api);
        token = TestJwts.forTenant(TENANT);
    }

    private int planCount() {
        return api.get(PLANS, token).<Integer>json("$.items.length()");
    }

    private static String line(String code, String title, String deadline) {
        return "{\"path\":[{\"level\":\"Oblast\",\"code\":\"1\",\"title\":\"Prevencija\"},"
                + "{\"level\":\"Program\",\"code\":\"1.1\",\"title\":\"Svijest\"}],\"code\":\"" + code + "\",\"title\":"
                + (title == null ? "null" : "\"" + title + "\"") + ",\"deadline_raw\":\"" + deadline
                + "\",\"lead_institutions\":[\"MUP\"],\"partners\":[\"NVO\"],\"report_card\":{\"x\":1}}\n";
    }

    @Test
    void aDryRunReportsTheTreeAndEveryProblemAndWritesNothing() {
        int before = planCount();
        String file = line("1.1.1", "Kampanja", "II kvartal 2017") + line("1.1.1", "Obuka", "Kontinuirano")
                + line("2.4.1", "Analiza", "kad bude moguće");
        Api.Response job = imports.run(TENANT, file.getBytes(StandardCharsets.UTF_8), "application/x-ndjson",
                "format=jsonl&mode=dry-run&title=Probni%20plan");
        assertThat(job.<String>json("$.state")).as(job.toString()).isEqualTo("succeeded");
        assertThat(job.<String>json("$.details.mode")).isEqualTo("dry-run");
        assertThat(job.body()).doesNotContain("\"result\"");
        assertThat(job.<Integer>json("$.progress.done")).isEqualTo(3);
        assertThat(job.<Integer>json("$.progress.total")).isEqualTo(3);
        assertThat(job.<Integer>json("$.details.summary.activities")).isEqualTo(3);
        assertThat(job.<List<Integer>>json("$.details.summary.levels[*].nodes")).containsExactly(1, 1);
        assertThat(job.<List<String>>json("$.details.tree[*].code")).containsExactly("1", "1.1");
        assertThat(job.<List<String>>json("$.details.tree[*].levelName")).containsExactly("Oblast", "Program");
        assertThat(job.<List<Integer>>json("$.details.tree[*].activities")).containsExactly(0, 3);
        List<Map<String, Object>> problems = job.json("$.issues");
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.get("row")).isEqualTo(1);
            assertThat(p.get("column")).isEqualTo("code");
            assertThat((String) p.get("understood")).contains("DUPLICATE_CODE");
        });
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.get("row")).isEqualTo(3);
            assertThat(p.get("column")).isEqualTo("code");
            assertThat((String) p.get("understood")).contains("CODE_PARENT_MISMATCH");
        });
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.get("row")).isEqualTo(3);
            assertThat(p.get("column")).isEqualTo("deadline");
        });
        assertThat(planCount()).isEqualTo(before);
    }

    @Test
    void aCommitKeepsEveryFieldAndUnknownKeysInExtra() {
        String file = line("1.1.1", "Kampanja", "II kvartal 2017");
        Api.Response job = imports.run(TENANT, file.getBytes(StandardCharsets.UTF_8), "application/x-ndjson",
                "format=jsonl&mode=commit&title=Plan%202017-2018&legalAct=Odluka%2012/17&adoptionDate=2017-03-01");
        assertThat(job.<String>json("$.state")).as(job.toString()).isEqualTo("succeeded");
        assertThat(job.<String>json("$.kind")).isEqualTo("plans.import");
        assertThat(job.<String>json("$.result.type")).isEqualTo("resource");
        assertThat(job.<String>json("$.result.href")).isEqualTo(PLANS + "/" + job.json("$.result.resourceId"));
        System.out.println("JOB plans.import: " + job.body());
        Api.Response plan = api.get(PLANS + "/" + job.json("$.result.resourceId"), token);
        assertThat(plan.<String>json("$.metadata.legalAct")).isEqualTo("Odluka 12/17");
        assertThat(plan.<String>json("$.metadata.adoptionDate")).isEqualTo("2017-03-01");
        assertThat(plan.<String>json("$.metadata.periodFrom")).isEqualTo("2017-01-01");
        assertThat(plan.<String>json("$.metadata.periodTo")).isEqualTo("2018-12-31");
        String activity = "$.nodes[0].children[0].activities[0]";
        assertThat(plan.<String>json(activity + ".deadline")).isEqualTo("II kvartal 2017");
        assertThat(plan.<String>json(activity + ".deadlineReading.kind")).isEqualTo("quarter");
        assertThat(plan.<String>json(activity + ".deadlineReading.start")).isEqualTo("2017-04-01");
        assertThat(plan.<List<String>>json(activity + ".partnerInstitutions")).containsExactly("NVO");
        assertThat(plan.<String>json(activity + ".extra.report_card")).isEqualTo("{\"x\":1}");
    }

    @Test
    void anEmptyTitleFailsTheCommitNamingRowAndColumnAndWritesNothing() {
        int before = planCount();
        String file = line("1.1.1", "Kampanja", "2017") + line("1.1.2", null, "2018");
        Api.Response job = imports.run(TENANT, file.getBytes(StandardCharsets.UTF_8), "application/x-ndjson",
                "format=jsonl&mode=commit&title=Neispravan");
        assertThat(job.<String>json("$.state")).as(job.toString()).isEqualTo("failed");
        assertThat(job.body()).doesNotContain("\"result\"");
        List<Map<String, Object>> problems = job.json("$.issues");
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.get("row")).isEqualTo(2);
            assertThat(p.get("column")).isEqualTo("title");
            assertThat(p.get("understood")).isNull();
        });
        assertThat(planCount()).isEqualTo(before);
    }

    @Test
    void anUnreadableFileFailsWithTheLineAndWritesNothing() {
        int before = planCount();
        String file = line("1.1.1", "Kampanja", "2017") + "this is not json\n";
        Api.Response job = imports.run(TENANT, file.getBytes(StandardCharsets.UTF_8), "application/x-ndjson",
                "format=jsonl&mode=commit&title=Pokvaren");
        assertThat(job.<String>json("$.state")).isEqualTo("failed");
        assertThat(job.<List<Integer>>json("$.issues[*].row")).contains(2);
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        Api.Response binary = imports.run(TENANT, junk, "application/x-ndjson", "format=jsonl&mode=commit&title=Smece");
        assertThat(binary.<String>json("$.state")).isEqualTo("failed");
        Api.Response bundle = imports.run(TENANT, "[1,2]".getBytes(StandardCharsets.UTF_8), "application/json",
                "format=json-bundle&mode=commit");
        assertThat(bundle.<String>json("$.state")).isEqualTo("failed");
        assertThat(bundle.<String>json("$.issues[0].problem")).contains("not a plan bundle");
        assertThat(planCount()).isEqualTo(before);
    }

    @Test
    void aFileThatIsNotAWorkbookFailsAsAnXlsxImportAndWritesNothing() {
        int before = planCount();
        Api.Response job = imports.run(TENANT, "Oblast;Aktivnost\n1;Kampanja\n".getBytes(StandardCharsets.UTF_8),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "format=xlsx&mode=commit&title=Nije%20radna%20sveska");
        assertThat(job.<String>json("$.state")).as(job.toString()).isEqualTo("failed");
        assertThat(job.<List<Object>>json("$.issues")).isNotEmpty();
        assertThat(job.<Integer>json("$.issues[0].row")).isZero();
        assertThat(job.body()).doesNotContain("org.apache", "Exception", "xmlbeans", "POI", "openxml4j");
        assertThat(planCount()).isEqualTo(before);
    }

    @Test
    void aSavedColumnMappingReadsATenantsOwnCsvLayout() {
        Api.Response saved = api.put(PLANS + "/import-mappings/zdk-tabela", token,
                "{\"headerRow\":1,\"columns\":{\"level1\":\"#A\",\"level1Code\":\"#B\",\"level2\":\"#C\","
                        + "\"level2Code\":\"#D\",\"code\":\"#E\",\"title\":\"#F\",\"deadline\":\"#G\","
                        + "\"leadInstitutions\":\"#H\"}}");
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(api.get(PLANS + "/import-mappings", token).<List<String>>json("$.items[*].name")).contains("zdk-tabela");
        String csv = "Oblast,Šifra oblasti,Program,Šifra programa,Šifra,Aktivnost,Rok,Nosilac\n"
                + "Prevencija,1,Svijest,1.1,1.1.1,Kampanja,II kvartal 2017,MUP\n"
                + "Prevencija,1,Svijest,1.1,1.1.2,Obuka,Kontinuirano,MUP\n"
                + "Zaštita,2,Sklonište,2.1,2.1.1,Smještaj,2018,Ministarstvo rada\n";
        Api.Response job = imports.run(TENANT, csv.getBytes(StandardCharsets.UTF_8), "text/csv",
                "format=csv&mode=dry-run&mapping=zdk-tabela&title=CSV%20plan&levelNames=Oblast,Program");
        assertThat(job.<String>json("$.state")).as(job.toString()).isEqualTo("succeeded");
        assertThat(job.<Integer>json("$.details.summary.activities")).isEqualTo(3);
        assertThat(job.<List<Integer>>json("$.details.summary.levels[*].nodes")).containsExactly(2, 2);

        Api.Response unknown = imports.start(TENANT, csv.getBytes(StandardCharsets.UTF_8), "text/csv",
                "format=csv&mode=dry-run&mapping=nema");
        assertThat(unknown.isProblem("validation-failed")).as(unknown.toString()).isTrue();
        Api.Response badField = api.put(PLANS + "/import-mappings/los", token,
                "{\"headerRow\":1,\"columns\":{\"naslov\":\"#A\"}}");
        assertThat(badField.isProblem("validation-failed")).as(badField.toString()).isTrue();
        assertThat(badField.body()).contains("/columns/naslov").contains("/columns/title");
        Api.Response withoutHeaderRow = api.put(PLANS + "/import-mappings/bez-zaglavlja", token, "{\"columns\":{\"title\":\"#A\"}}");
        assertThat(withoutHeaderRow.status()).as(withoutHeaderRow.toString()).isEqualTo(200);
        assertThat(withoutHeaderRow.<Integer>json("$.headerRow")).isZero();
    }

    @Test
    void aJsonLineOfAnotherTenantStopsTheImportLikeThePrintedRoundImport() {
        int before = planCount();
        String lines = line("1.1.1", "Kampanja", "2017")
                + line("1.1.2", "Obuka", "2018").replace("{\"path\"", "{\"tenant\":\"ba-04\",\"path\"");

        Api.Response job = imports.run(TENANT, lines.getBytes(StandardCharsets.UTF_8), "application/x-ndjson",
                "format=jsonl&mode=commit&title=Tu%C4%91i%20plan");

        assertThat(job.<String>json("$.state")).as(job.toString()).isEqualTo("failed");
        assertThat(job.<Integer>json("$.issues[0].row")).isEqualTo(2);
        assertThat(job.<String>json("$.issues[0].column")).isEqualTo("tenant");
        assertThat(job.<String>json("$.issues[0].problem")).contains("\"ba-04\"").contains("\"" + TENANT + "\"");
        assertThat(planCount()).isEqualTo(before);
    }

    @Test
    void badRequestsAreProblemsBeforeAnyJob() {
        byte[] file = line("1.1.1", "Kampanja", "2017").getBytes(StandardCharsets.UTF_8);
        Api.Response unknown = imports.start(TENANT, file, "application/x-ndjson", "format=pdf&mode=commit");
        assertThat(unknown.isProblem("validation-failed")).as(unknown.toString()).isTrue();
        assertThat(unknown.body()).contains("format");
        Api.Response badMode = imports.start(TENANT, file, "application/x-ndjson", "format=jsonl&mode=later");
        assertThat(badMode.isProblem("validation-failed")).as(badMode.toString()).isTrue();
        Api.Response badDate = imports.start(TENANT, file, "application/x-ndjson",
                "format=jsonl&mode=commit&adoptionDate=1.3.2017");
        assertThat(badDate.isProblem("validation-failed")).as(badDate.toString()).isTrue();
        assertThat(badDate.body()).contains("adoptionDate");
        Api.Response empty = imports.start(TENANT, new byte[0], "application/x-ndjson", "format=jsonl&mode=commit");
        assertThat(empty.isProblem("validation-failed")).as(empty.toString()).isTrue();
        Api.Response wrongType = imports.start(TENANT, file, "image/png", "format=jsonl&mode=commit");
        assertThat(wrongType.isProblem("unsupported-media-type")).as(wrongType.toString()).isTrue();
    }

    @Test
    void tenMegabytesOfJunkAre413AndWriteNothing() {
        int before = planCount();
        byte[] junk = new byte[10 * 1024 * 1024 + 1];
        java.util.Arrays.fill(junk, (byte) 'x');
        Api.Response tooLarge = imports.start(TENANT, junk, "application/x-ndjson", "format=jsonl&mode=commit");
        assertThat(tooLarge.status()).as(tooLarge.toString()).isEqualTo(413);
        assertThat(tooLarge.isProblem("payload-too-large")).isTrue();
        assertThat(planCount()).isEqualTo(before);
    }

    @Test
    void aJobIsTheTenantsOwn() {
        byte[] file = line("1.1.1", "Kampanja", "2017").getBytes(StandardCharsets.UTF_8);
        Api.Response started = imports.start(TENANT, file, "application/x-ndjson", "format=jsonl&mode=dry-run&title=X");
        assertThat(started.status()).isEqualTo(202);
        String jobId = started.json("$.id");
        imports.awaitJob(TENANT, started.header("Location"));
        Api.Response other = api.get("/api/t/ba-i1/plans/jobs/" + jobId, TestJwts.forTenant("ba-i1"));
        assertThat(other.isProblem("not-found")).as(other.toString()).isTrue();
    }

    @Test
    void aJobLeftRunningByARestartIsReportedAsInterrupted() {
        String id = java.util.UUID.randomUUID().toString();
        java.util.Date longAgo = java.util.Date.from(java.time.Instant.now().minus(java.time.Duration.ofHours(1)));
        org.ariadne.tenancy.TenantContext.runAs(org.ariadne.tenancy.TenantId.of(TENANT), () -> context
                .getBean(org.ariadne.tenancy.mongo.TenantDatabases.class).current().getCollection("jobs")
                .insertOne(new org.bson.Document("_id", id).append("kind", ImportJobs.KIND).append("state", "running")
                        .append("progress", new org.bson.Document("done", 10).append("total", 400))
                        .append("createdBy", "user@" + TENANT).append("createdAt", longAgo).append("heartbeatAt", longAgo)));

        Api.Response job = api.get(PLANS + "/jobs/" + id, token);

        assertThat(job.<String>json("$.state")).as(job.toString()).isEqualTo("failed");
        assertThat(job.<String>json("$.problem.detail")).contains("interrupted").contains("look for it");
        assertThat(job.<String>json("$.finishedAt")).isNotNull();
        assertThat(api.get(PLANS + "/jobs/" + id, token).<String>json("$.state")).isEqualTo("failed");
    }

    @Test
    void theOldJobAddressSaysWhereJobsAreNow() {
        Api.Response old = api.get(PLANS + "/imports/some-job", token);

        assertThat(old.status()).isEqualTo(410);
        assertThat(old.isProblem("gone")).as(old.toString()).isTrue();
        assertThat(old.<String>json("$.location")).isEqualTo(PLANS + "/jobs/some-job");
    }

    @Test
    void aWindows1250CsvIsCommittedWithARemarkAndItsLettersIntact() {
        String csv = "Oblast;Aktivnost;Rok;Nosilac\n1. Prevencija;Obuka za sudije – Šibenik;2025;Ministarstvo pravosuđa\n";
        Api.Response job = imports.run(TENANT, csv.getBytes(java.nio.charset.Charset.forName("windows-1250")),
                "text/csv", "format=csv&mode=commit&title=Plan%202025");

        assertThat(job.<String>json("$.state")).as(job.toString()).isEqualTo("succeeded");
        assertThat(job.<List<String>>json("$.issues[*].understood")).containsExactly("read as Windows-1250");
        Api.Response plan = api.get(PLANS + "/" + job.json("$.result.resourceId"), token);
        assertThat(plan.<String>json("$.nodes[0].activities[0].title")).isEqualTo("Obuka za sudije – Šibenik");
        assertThat(plan.<List<String>>json("$.nodes[0].activities[0].leadInstitutions"))
                .containsExactly("Ministarstvo pravosuđa");
    }

    @Test
    void hostileAmountsAndThousandsOfBadLinesEndAsABoundedJob() {
        String hostile = "{\"path\":[{\"level\":\"Oblast\",\"code\":\"1\",\"title\":\"Prevencija\"}],"
                + "\"code\":\"1.1\",\"title\":\"Kampanja\",\"deadline_raw\":\"2025\",\"lead_institutions\":[\"MUP\"],"
                + "\"amounts\":[{\"amount\":\"1e999999999\",\"currency\":\"KM\"},{\"amount\":\"12,5\",\"currency\":\"KM\"}]}\n";
        Api.Response job = imports.run(TENANT, hostile.getBytes(StandardCharsets.UTF_8), "application/x-ndjson",
                "format=jsonl&mode=commit&title=Iznosi%202025");
        assertThat(job.<String>json("$.state")).as(job.toString()).isEqualTo("succeeded");
        Api.Response plan = api.get(PLANS + "/" + job.json("$.result.resourceId"), token);
        assertThat(plan.<List<String>>json("$.nodes[0].activities[0].funding[*].amount")).containsExactly(null, "12.5");

        Api.Response junk = imports.run(TENANT, "not json\n".repeat(2_000).getBytes(StandardCharsets.UTF_8),
                "application/x-ndjson", "format=jsonl&mode=dry-run&title=Smece");
        assertThat(junk.<List<Object>>json("$.issues")).hasSize(501);
        assertThat(junk.<String>json("$.issues[500].problem")).containsPattern("and 150\\d more problems, not listed");
    }

    @Test
    void aBundleWhosePlanFieldsAreNotValidFailsNamingTheFieldAndWritesNothing() {
        int before = planCount();
        String bundle = "{\"format\":\"ariadne-plan-bundle\",\"version\":1,\"plan\":{\"title\":\"Plan\","
                + "\"levelNames\":[\"Oblast\"],\"metadata\":{\"periodFrom\":\"2025-01-01\",\"periodTo\":\"2025-02-30\"}},"
                + "\"rows\":[]}";
        Api.Response job = imports.run(TENANT, bundle.getBytes(StandardCharsets.UTF_8), "application/json",
                "format=json-bundle&mode=commit");

        assertThat(job.<String>json("$.state")).as(job.toString()).isEqualTo("failed");
        assertThat(job.<List<String>>json("$.issues[*].column")).containsExactly("periodTo");
        assertThat(planCount()).isEqualTo(before);
    }
}
