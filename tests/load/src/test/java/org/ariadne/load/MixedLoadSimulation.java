package org.ariadne.load;

import static io.gatling.javaapi.core.CoreDsl.ByteArrayBody;
import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.doSwitchOrElse;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.onCase;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The mixed load (issue 13.4): many users in many tenants through the gateway of a running stack, then the same
 * users sending the same requests directly to the services (when their URLs are given) and to a bare Spring Boot
 * endpoint this harness starts on the same machine. Each target is loaded for {@code load.seconds} by
 * {@code load.users} virtual users. By default they loop without pause (a closed model: the figure is what the box
 * sustains at saturation); with {@code load.thinkMillis} each user pauses between requests for a random time around it
 * (half to one and a half times), as people at a screen do, and the figure is what the box serves to that many users.
 *
 * <p>Roles and their mixes (each user keeps one role and one tenant): the <b>coordinator</b> reads 60 % of the time
 * and writes 40 % (add an activity 30, a dry-run import job 5, a DOCX report job 5); a <b>focal point</b> reads 60 %
 * and saves its institution's activity report 40 %; a <b>viewer</b> only reads. Reads: plan tree 35, plan list 15,
 * monitoring overview 20, the round's activities 15, the round's roll-up 15. The per-tenant rate limit stays on.
 *
 * <p>{@code ./mvnw -Pload -pl tests/load verify -Dload.gatewayUrl=…} (docs/benchmarks.md lists every setting).
 */
public class MixedLoadSimulation extends Simulation {

    static final List<String> REQUESTS = List.of("plan tree", "plan list", "overview", "round activities", "roll-up",
            "add activity", "save activity report", "import job (dry run)", "report job");
    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final Map<String, byte[]> PLAN_FILES = new ConcurrentHashMap<>();
    /** The module's target folder (the Gatling JVM does not run in the module's folder). */
    private static final Path OUTPUT = Path.of(System.getProperty("load.outputDir", "target"));

    /** Where a target sends plans and monitoring requests, and whether it answers like the real services. */
    private record Target(String name, String plansBase, String monitoringBase, boolean real) {
    }

    private final LoadSettings settings = LoadSettings.fromSystemProperties();
    private final List<LoadTenants.Slot> slots;
    private final BareEndpoint bare;

    public MixedLoadSimulation() {
        try {
            Files.createDirectories(OUTPUT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.printf("load: preparing %d tenants and %d users through %s%n", settings.tenants(), settings.users(),
                settings.gatewayUrl());
        slots = LoadTenants.prepare(settings, new StackClient(settings.gatewayUrl()));
        bare = BareEndpoint.start(OUTPUT.resolve("bare-endpoint.log"));
        List<Target> targets = new ArrayList<>();
        targets.add(new Target("gateway", settings.gatewayUrl(), settings.gatewayUrl(), true));
        if (settings.direct()) {
            targets.add(new Target("direct", settings.plansUrl(), settings.monitoringUrl(), true));
        }
        targets.add(new Target("bare", bare.url(), bare.url(), false));

        // no HTTP cache per user: an API client re-reads (a conditional GET answered 304 is not the read being measured)
        HttpProtocolBuilder protocol = http.acceptHeader("application/json").userAgentHeader("ariadne-load").disableCaching();
        PopulationBuilder chain = null;
        for (int i = targets.size() - 1; i >= 0; i--) {
            PopulationBuilder run = scenarioFor(targets.get(i))
                    .injectOpen(rampUsers(slots.size()).during(settings.rampUp()))
                    .protocols(protocol);
            chain = chain == null ? run : run.andThen(chain);
        }
        // the acceptance: no request answered other than expected, on any target (the run fails otherwise)
        setUp(chain).assertions(global().failedRequests().count().is(0L));
    }

    @Override
    public void after() {
        bare.close();
        String summary = LoadResults.summary(LoadResults.targets(), REQUESTS);
        System.out.println();
        System.out.printf("=== Ariadne mixed load: %d users over %d tenants (%d with users), %d s per target, %s ===%n",
                slots.size(), settings.tenants(), slots.stream().map(LoadTenants.Slot::tenant).distinct().count(),
                settings.duration().toSeconds(), settings.thinkTime().isZero() ? "no pause between requests"
                        : "think time " + settings.thinkTime().toMillis() + " ms on average");
        System.out.println(summary);
        try {
            Files.writeString(OUTPUT.resolve("load-summary.md"), summary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ScenarioBuilder scenarioFor(Target target) {
        ChainBuilder reads = randomSwitch().on(
                percent(35).then(get(target, "plan tree", target.plansBase() + "/api/t/#{tenant}/plans/#{planId}")),
                percent(15).then(get(target, "plan list", target.plansBase() + "/api/t/#{tenant}/plans")),
                percent(20).then(get(target, "overview", target.monitoringBase() + "/api/t/#{tenant}/monitoring/overview")),
                percent(15).then(get(target, "round activities",
                        target.monitoringBase() + "/api/t/#{tenant}/monitoring/rounds/#{roundId}/activities")),
                percent(15).then(get(target, "roll-up", target.monitoringBase() + "/api/t/#{tenant}/monitoring/rounds/#{roundId}/rollup")));
        ChainBuilder coordinator = randomSwitch().on(
                percent(60).then(reads),
                percent(30).then(send(target, "add activity", 201, request -> request
                        .post(target.plansBase() + "/api/t/#{tenant}/plans/#{planId}/activities")
                        .body(StringBody("{\"nodeId\":\"#{nodeId}\",\"code\":\"9.#{seq}\",\"title\":\"Load activity #{seq}\","
                                + "\"deadline\":\"2026\",\"leadInstitutions\":[\"" + LoadTenants.institution(1) + "\"]}"))
                        .asJson())),
                percent(5).then(send(target, "import job (dry run)", 202, request -> request
                        .post(target.plansBase() + "/api/t/#{tenant}/plans/imports?format=jsonl&mode=dry-run")
                        .header("Content-Type", "application/x-ndjson")
                        .body(ByteArrayBody(session -> PLAN_FILES.computeIfAbsent(session.getString("tenant"), LoadTenants::planFile))))),
                percent(5).then(send(target, "report job", 202, request -> request
                        .post(target.monitoringBase() + "/api/t/#{tenant}/monitoring/rounds/#{roundId}/reports")
                        .body(StringBody("{\"format\":\"docx\"}")).asJson())));
        ChainBuilder focal = randomSwitch().on(
                percent(60).then(reads),
                percent(40).then(send(target, "save activity report", 200, request -> request
                        .put(target.monitoringBase() + "/api/t/#{tenant}/monitoring/contributions/#{contributionId}/reports")
                        .body(StringBody("{\"reports\":[{\"activityId\":\"#{activityId}\",\"status\":\"ongoing\",\"completion\":#{completion},"
                                + "\"narrative\":\"Load report #{seq}: trainings held, cases referred.\",\"language\":\"en\"}]}"))
                        .asJson())));
        return scenario(target.name())
                .feed(listFeeder(slots.stream().map(LoadTenants.Slot::feed).toList()).queue())
                .during(settings.duration()).on(
                        exec(session -> session.set("seq", SEQUENCE.incrementAndGet()).set("completion", (int) (SEQUENCE.get() % 101)))
                                .exec(doSwitchOrElse("#{role}").on(
                                        onCase("coordinator").then(coordinator),
                                        onCase("focal").then(focal))
                                        .orElse(reads))
                                .exec(thinkTime()));
    }

    /** Nothing in the closed model; otherwise a pause drawn uniformly from half to one and a half the think time. */
    private ChainBuilder thinkTime() {
        if (settings.thinkTime().isZero()) {
            return exec(session -> session);
        }
        return exec(session -> session).pause(settings.thinkTime().dividedBy(2), settings.thinkTime().multipliedBy(3).dividedBy(2));
    }

    private static ChainBuilder get(Target target, String name, String url) {
        return send(target, name, 200, request -> request.get(url));
    }

    /**
     * One request with the caller's token and tenant (X-Tenant-Id is what the gateway would add; through the gateway it
     * is replaced, the bare endpoint ignores it), recorded for the summary. A real target must answer {@code expected};
     * the bare endpoint answers 200 to everything.
     */
    private static ChainBuilder send(Target target, String name, int expected,
            Function<io.gatling.javaapi.http.Http, HttpRequestActionBuilder> request) {
        int status = target.real() ? expected : 200;
        return exec(request.apply(http(target.name() + ": " + name))
                .header("Authorization", "Bearer #{token}")
                .header("X-Tenant-Id", "#{tenant}")
                .check(responseTimeInMillis().saveAs("rt"), status().saveAs("status"), status().is(status)))
                .exec(session -> record(target, name, status, session));
    }

    private static Session record(Target target, String name, int expected, Session session) {
        long millis = session.contains("rt") ? session.getLong("rt") : 0;
        int actual = session.contains("status") ? session.getInt("status") : 0;
        LoadResults.record(target.name(), name, millis, actual == expected ? null : actual);
        return session.markAsSucceeded().remove("rt").remove("status");
    }
}
