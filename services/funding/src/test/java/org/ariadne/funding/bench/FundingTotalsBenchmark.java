package org.ariadne.funding.bench;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.ariadne.funding.FundingApi;
import org.ariadne.funding.iati.IatiExports;
import org.ariadne.funding.line.Allocation;
import org.ariadne.funding.line.AllocationStatus;
import org.ariadne.funding.line.BudgetLine;
import org.ariadne.funding.line.CreateLine;
import org.ariadne.funding.line.FundingSource;
import org.ariadne.funding.line.InstitutionRef;
import org.ariadne.funding.line.LineCommands;
import org.ariadne.funding.line.LineFields;
import org.ariadne.funding.line.LineQueries;
import org.ariadne.funding.line.Origin;
import org.ariadne.funding.line.SourceKind;
import org.ariadne.funding.line.Transaction;
import org.ariadne.funding.line.TransactionType;
import org.ariadne.funding.money.CurrencyCode;
import org.ariadne.funding.money.Money;
import org.ariadne.funding.totals.FundingQueries;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.tenancy.TenantId;
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
 * The funding benchmark at the service (docs/benchmarks.md): {@code ./mvnw -pl services/funding -am verify -Pbenchmark
 * -Dtest=FundingTotalsBenchmark -Dsurefire.failIfNoSpecifiedTests=false}. A tenant with 2,000 lines (4 allocations
 * each) and 10,000 transactions in BAM, EUR and USD; prints the parts of a totals request (reading the lines, the
 * computation) and the whole request over HTTP, and the IATI export. Figures are reported, never asserted.
 */
@ServiceTest
@Tag("benchmark")
class FundingTotalsBenchmark {

    static final String TENANT = "xk";
    static final int LINES = Integer.getInteger("bench.lines", 2_000);

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    LineCommands commands;

    @Autowired
    LineQueries queries;

    @Autowired
    FundingQueries funding;

    @Autowired
    IatiExports iati;

    @Test
    void totalsAndIatiExportOfALargeTenant() {
        TestTenants.provision(context, TENANT);
        FundingApi api = new FundingApi(port);
        uploadRates(api);
        long load = System.nanoTime();
        TenantContext.runAs(TenantId.of(TENANT), this::load);
        System.out.printf(Locale.ROOT, "loaded %d lines and %d transactions in %.1f s%n", LINES, LINES * 5,
                (System.nanoTime() - load) / 1e9);

        org.ariadne.tenancy.mongo.TenantDatabases dbs = context.getBean(org.ariadne.tenancy.mongo.TenantDatabases.class);
        long[] rawSorted = time(10, () -> TenantContext.callAs(TenantId.of(TENANT), () -> dbs.current()
                .getCollection("budget_lines").find().sort(com.mongodb.client.model.Sorts.ascending("code", "title", "_id"))
                .into(new java.util.ArrayList<>())));
        long[] rawPlain = time(10, () -> TenantContext.callAs(TenantId.of(TENANT), () -> dbs.current()
                .getCollection("budget_lines").find().into(new java.util.ArrayList<>())));
        long[] rawProjected = time(10, () -> TenantContext.callAs(TenantId.of(TENANT), () -> dbs.current()
                .getCollection("budget_lines").find().projection(new org.bson.Document("transactions", 1).append("allocations", 1))
                .into(new java.util.ArrayList<>())));
        long[] rawBson = time(10, () -> TenantContext.callAs(TenantId.of(TENANT), () -> dbs.current()
                .getCollection("budget_lines", org.bson.RawBsonDocument.class).find().into(new java.util.ArrayList<>())));
        long[] versions = time(10, () -> TenantContext.callAs(TenantId.of(TENANT), () -> dbs.current()
                .getCollection("budget_lines").find().projection(new org.bson.Document("version", 1))
                .into(new java.util.ArrayList<>())));
        long[] sum = time(10, () -> TenantContext.callAs(TenantId.of(TENANT), () -> dbs.current()
                .getCollection("budget_lines").aggregate(List.of(new org.bson.Document("$group", new org.bson.Document("_id", null)
                        .append("v", new org.bson.Document("$sum", "$version"))))).first()));
        System.out.println(row("versions only", versions));
        System.out.println(row("sum of versions (aggregate)", sum));
        System.out.println(row("raw find, sorted", rawSorted));
        System.out.println(row("raw find", rawPlain));
        System.out.println(row("raw find, projected", rawProjected));
        System.out.println(row("raw find, RawBsonDocument", rawBson));
        long[] read = time(20, () -> TenantContext.callAs(TenantId.of(TENANT), queries::own));
        long[] totals = time(20, () -> TenantContext.callAs(TenantId.of(TENANT),
                () -> funding.totals(CurrencyCode.EUR, List.of())));
        Api raw = api.raw();
        String token = TestJwts.forTenant(TENANT);
        long[] http = time(50, () -> raw.get(FundingApi.url(TENANT, "/totals?currency=EUR"), token));
        long[] export = time(3, () -> TenantContext.callAs(TenantId.of(TENANT), iati::tenant));
        byte[] xml = TenantContext.callAs(TenantId.of(TENANT), iati::tenant).xml();
        long[] schema = time(3, () -> org.ariadne.funding.iati.IatiSchema.validate(xml));
        long[] rules = time(3, () -> org.ariadne.funding.iati.IatiRules.check(xml, LocalDate.now()));
        System.out.printf(Locale.ROOT, "IATI file: %.1f MB%n", xml.length / 1e6);
        System.out.println(row("  of which schema validation", schema));
        System.out.println(row("  of which IATI rules", rules));

        System.out.println(row("read the lines (repository)", read));
        System.out.println(row("totals (read + compute)", totals));
        System.out.println(row("GET totals?currency=EUR over HTTP", http));
        System.out.println(row("IATI export (map, write, validate)", export));
    }

    private void load() {
        for (int i = 0; i < LINES; i++) {
            LineFields fields = new LineFields(String.valueOf(100000 + i), "Budget line " + i, CurrencyCode.BAM,
                    InstitutionRef.named("Institution " + (i % 40)), new FundingSource(i % 5 == 0 ? SourceKind.EU_FUND
                    : SourceKind.STATE_BUDGET, i % 5 == 0 ? "ISF" : null, null), null, null);
            List<Allocation> allocations = List.of(
                    new Allocation(2021, new BigDecimal(10000 + i), AllocationStatus.INDICATIVE),
                    new Allocation(2022, new BigDecimal(11000 + i), AllocationStatus.INDICATIVE),
                    new Allocation(2023, new BigDecimal(12000 + i), AllocationStatus.SECURED),
                    new Allocation(2024, new BigDecimal(13000 + i), AllocationStatus.INDICATIVE));
            BudgetLine line = commands.create(new CreateLine(fields, Origin.MANUAL, null, allocations, List.of()));
            TransactionType[] types = {TransactionType.COMMITMENT, TransactionType.DISBURSEMENT,
                TransactionType.DISBURSEMENT, TransactionType.EXPENDITURE, TransactionType.INCOMING_FUNDS};
            for (int t = 0; t < 5; t++) {
                String currency = List.of("BAM", "EUR", "USD").get((i + t) % 3);
                LocalDate date = LocalDate.of(2021 + t % 4, 1 + i % 12, 1 + i % 28);
                TransactionType type = types[t];
                int n = i;
                commands.record(line.id(), null, id -> new Transaction(id, type, new Money(new BigDecimal(500 + n % 1000),
                        CurrencyCode.of(currency)), date, date, InstitutionRef.named("Ministry"), InstitutionRef.named("NGO"),
                        null, null, null));
            }
        }
    }

    private static void uploadRates(FundingApi api) {
        StringBuilder csv = new StringBuilder("Date,USD,\n");
        for (LocalDate day = LocalDate.of(2024, 12, 31); !day.isBefore(LocalDate.of(2019, 1, 1)); day = day.minusDays(1)) {
            csv.append(day).append(',').append(String.format(Locale.ROOT, "%.4f", 1.05 + (day.getDayOfYear() % 17) / 100.0))
                    .append(",\n");
        }
        api.job(TENANT, "/rates/ecb", csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv");
    }

    private static long[] time(int n, Supplier<?> work) {
        work.get();
        work.get();
        long[] times = new long[n];
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            work.get();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        return times;
    }

    private static String row(String what, long[] sorted) {
        return String.format(Locale.ROOT, "%-40s p50 %8.1f ms  p90 %8.1f ms  (n=%d)", what, sorted[sorted.length / 2] / 1e6,
                sorted[(int) Math.ceil(0.9 * sorted.length) - 1] / 1e6, sorted.length);
    }
}
