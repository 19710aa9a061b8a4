package org.ariadne.e2e;

import static org.ariadne.e2e.Timings.concat;
import static org.ariadne.e2e.Timings.pct;
import static org.ariadne.e2e.Timings.timedGets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ariadne.testing.Api;
import org.ariadne.testing.TestJwts;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What each of the gateway's filters adds to a routed GET (docs/benchmarks.md), not part of the test suite:
 * {@code ./mvnw -pl tests/e2e -am verify -Pbenchmark -Dtest=GatewayFilterBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * after {@code ./mvnw -DskipTests package}.
 * <p>
 * Next to the stack's gateway it starts ten more processes from the same jar ({@link GatewayVariant}): a bare Spring
 * Cloud Gateway route to plans with no filter, no security and no server metrics, a relay on Reactor Netty alone
 * ({@link ReactorNettyRelay}: the floor of any gateway on this HTTP stack), then the bare route with the gateway's
 * parts added one at a time — its way of relaying (a pool per event loop, small answers in one write), header-removal
 * shortcuts, metrics, JWT, tenant check with header stripping, rate limit,
 * request guard with body limit, circuit breaker — and measures the one-node plan GET of the platform benchmark directly at plans and through
 * each of them, alternating in blocks (every target once per round), with the CPU time each process spent per
 * request. The difference between two neighbours is what the added part costs. {@code -Dbench.jfr=<file>} records the
 * deployed gateway with JFR during the measured rounds.
 */
@Tag("benchmark")
class GatewayFilterBenchmark {

    /** Warm-up requests per target at least, and at most (more until the JIT is done: {@link Timings#warmUp}). */
    static final int WARMUP = Integer.getInteger("bench.warmup", 3_000);
    static final int WARMUP_MAX = Integer.getInteger("bench.warmup-max", 12_000);
    static final int REQUESTS = Integer.getInteger("bench.requests", 5_000);
    static final int ROUNDS = Integer.getInteger("bench.rounds", 5);
    static final String JFR = System.getProperty("bench.jfr", "");
    /** Which target {@code bench.jfr} records, by its row in the table (0 is plans itself); the deployed gateway by default. */
    static final int JFR_TARGET = Integer.getInteger("bench.jfr-target", -1);
    /** More JFR.start options, e.g. {@code method-profiling=max} (a Java sample every millisecond instead of every 10 or 20). */
    static final String JFR_OPTIONS = System.getProperty("bench.jfr-options", "");
    /**
     * {@code false}: only the bare routes and the bare route with the gateway's way of relaying (and plans, and the
     * deployed gateway), not the chain of filters added one by one.
     */
    static final boolean CHAIN = Boolean.parseBoolean(System.getProperty("bench.chain", "true"));
    /** How many rows of the chain to measure (the first N after the bare routes; with the baseline row if any); all by default. */
    static final int CHAIN_STEPS = Integer.getInteger("bench.chain-steps", Integer.MAX_VALUE);
    /**
     * More bare routes, one per {@code ;}-separated set of JVM options or system properties, each next to the plain bare
     * route: what a setting of the JVM, Netty or Reactor Netty changes in the framework's own hop, e.g.
     * {@code -Dbench.bare-variants="-Dreactor.netty.ioWorkerCount=1;-XX:+UseG1GC"}.
     */
    static final String BARE_VARIANTS = System.getProperty("bench.bare-variants", "");
    /**
     * A directory of gateway classes that shadow the jar's (e.g. an earlier {@code GatewaySecurity} compiled from git):
     * adds a row "+ JWT" with those classes beside the JWT step, an A/B of two implementations in one run.
     */
    static final String BASELINE_CLASSES = System.getProperty("bench.baseline-classes", "");
    static final String TENANT = "ba-04";
    static final String GATEWAY = "org.ariadne.gateway.";
    static final String NO_SECURITY = String.join(",",
            "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.ReactiveUserDetailsServiceAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.actuate.web.reactive.ReactiveManagementWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration",
            "org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.ReactiveOAuth2ResourceServerAutoConfiguration");
    static final String NO_SERVER_OBSERVATION = "org.springframework.boot.webflux.autoconfigure.WebFluxObservationAutoConfiguration";

    /** One gateway assembled from parts: the gateway's configuration classes it has, and whether it has security, metrics, a breaker. */
    private record Step(String label, List<String> configurations, boolean security, boolean metrics, boolean breaker,
            List<String> options, String shadowingClasses, String mainClass, boolean besideBare) {

        Step(String label, List<String> configurations, boolean security, boolean metrics, boolean breaker) {
            this(label, configurations, security, metrics, breaker, List.of(), "");
        }

        Step(String label, List<String> configurations, boolean security, boolean metrics, boolean breaker, List<String> options) {
            this(label, configurations, security, metrics, breaker, options, "");
        }

        Step(String label, List<String> configurations, boolean security, boolean metrics, boolean breaker, List<String> options,
                String shadowingClasses) {
            this(label, configurations, security, metrics, breaker, options, shadowingClasses, GatewayVariant.class.getName(),
                    !options.isEmpty() || !shadowingClasses.isEmpty());
        }

        boolean beside() {
            return besideBare;
        }
    }

    /** {@code beside}: a bare route with other settings, compared with the plain bare route rather than a step of the chain. */
    private record Target(String label, Api api, long pid, boolean beside) {

        Target(String label, Api api, long pid) {
            this(label, api, pid, false);
        }
    }

    static final List<Step> STEPS = steps();

    private static List<Step> steps() {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("bare Spring Cloud Gateway route (no filter, no security, no server metrics)", List.of(), false, false, false));
        steps.add(new Step("Reactor Netty relay alone (no WebFlux, no Spring Cloud Gateway; ReactorNettyRelay)", List.of(), false, false,
                false, List.of(), "", ReactorNettyRelay.class.getName(), true));
        for (String options : BARE_VARIANTS.split(";")) {
            if (!options.isBlank()) {
                steps.add(new Step("bare route with " + options.trim(), List.of(), false, false, false,
                        List.of(options.trim().split("\\s+"))));
            }
        }
        int bare = steps.size();
        List<String> parts = new ArrayList<>();
        parts.add("upstream.LoopAffineRouting");
        parts.add("upstream.AnswersInOneWrite");
        steps.add(new Step("+ one event loop per routed call, small answers in one write", List.copyOf(parts), false, false, false));
        if (!CHAIN) {
            return steps; // the bare routes, and the bare route with how the gateway relays
        }
        parts.add("upstream.HeaderRemovalShortcuts");
        steps.add(new Step("+ header-removing filters only when there is something to remove", List.copyOf(parts), false, false, false));
        parts.add("metrics.GatewayMetricsConfiguration");
        steps.add(new Step("+ metrics (http.server.requests, route and tenant tags)", List.copyOf(parts), false, true, false));
        parts.add("security.GatewaySecurity");
        steps.add(new Step("+ JWT (TenantRouteAuthentication, validated-token cache)", List.copyOf(parts), true, true, false));
        if (!BASELINE_CLASSES.isBlank()) {
            steps.add(new Step("+ JWT with the classes of " + BASELINE_CLASSES, List.copyOf(parts), true, true, false, List.of(),
                    BASELINE_CLASSES));
        }
        parts.add("tenant.TenantRoutingConfiguration");
        steps.add(new Step("+ tenant check and header stripping (registry snapshot)", List.copyOf(parts), true, true, false));
        parts.add("ratelimit.RateLimitConfiguration");
        steps.add(new Step("+ rate limit (token bucket per tenant)", List.copyOf(parts), true, true, false));
        parts.add("inbound.InboundConfiguration");
        steps.add(new Step("+ request line guard and body limit", List.copyOf(parts), true, true, false));
        steps.add(new Step("+ circuit breaker (Resilience4j)", List.copyOf(parts), true, true, true));
        return steps.subList(0, (int) Math.min(steps.size(), (long) bare + CHAIN_STEPS));
    }

    @Test
    void whatEachFilterAdds() throws Exception {
        List<String> jvm = System.getProperty("bench.jvm") == null ? PlatformBenchmark.PRODUCTION_JVM
                : List.of(System.getProperty("bench.jvm").trim().split("\\s+"));
        try (LocalStack stack = new LocalStack().withJvmOptions(jvm)
                .withEnv("ARIADNE_GATEWAY_RATELIMIT_CAPACITY", "1000000")
                .withEnv("ARIADNE_GATEWAY_RATELIMIT_PERSECOND", "1000000")
                .withEnv("ARIADNE_GATEWAY_REGISTRY_REFRESH", "10s") // production's refresh, not the suite's 500 ms
                .start("identity", "plans", "gateway")) {
            String token = TestJwts.forTenant(TENANT);
            Api gateway = new Api(stack.gatewayUrl());
            assertThat(gateway.post("/api/admin/tenants", TestJwts.platformAdmin(), """
                    {"id":"ba-04","name":"Zeničko-dobojski kanton","languages":["bs"],"currency":"BAM",
                     "timeZone":"Europe/Sarajevo","levelNames":["Oblast","Program"]}""").status()).isIn(201, 409);
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> gateway.get("/api/t/ba-04/plans", token).status() == 200);
            String planId = gateway.post("/api/t/ba-04/plans", token, "{\"title\":\"Benchmark\",\"levelNames\":[\"Oblast\"]}").json("$.id");
            assertThat(gateway.post("/api/t/ba-04/plans/" + planId + "/nodes", token, "{\"code\":\"1\",\"title\":\"Oblast 1\"}").status())
                    .isEqualTo(201);
            String path = "/api/t/ba-04/plans/" + planId;

            Path classes = variantClasses("");
            List<Target> targets = new ArrayList<>();
            targets.add(new Target("directly at plans", new Api(stack.url("plans")), stack.pid("plans")));
            for (int i = 0; i < STEPS.size(); i++) {
                Step step = STEPS.get(i);
                String name = "gateway-variant-" + i;
                Path stepClasses = step.shadowingClasses().isEmpty() ? classes : variantClasses(step.shadowingClasses());
                stack.startVariant(name, "gateway", stepClasses, step.mainClass(), systemProperties(step, stack.url("plans")));
                targets.add(new Target(step.label(), new Api(stack.url(name)), stack.pid(name), step.beside()));
            }
            targets.add(new Target("the gateway as deployed (every route, fallbacks, problem handler)", gateway, stack.pid("gateway")));
            for (int i = 0; i < STEPS.size(); i++) {
                if (STEPS.get(i).label().startsWith("+ JWT")) {
                    System.out.println("classes of " + STEPS.get(i).label() + ": " + securityBeansOf(stack.pid("gateway-variant-" + i)));
                }
            }

            List<String> warmups = new ArrayList<>();
            for (Target target : targets) {
                long[] pids = target.pid() == stack.pid("plans") ? new long[] {target.pid()} : new long[] {target.pid(), stack.pid("plans")};
                warmups.add(String.format(Locale.ROOT, "%,d", Timings.warmUp(target.api(), path, token, WARMUP, WARMUP_MAX, pids)));
            }
            PlatformBenchmark.JfrRecording recording = JFR.isEmpty() ? null
                    : new PlatformBenchmark.JfrRecording(JFR_TARGET < 0 ? stack.pid("gateway") : targets.get(JFR_TARGET).pid(), Path.of(JFR),
                            JFR_OPTIONS.isBlank() ? List.of() : List.of(JFR_OPTIONS.trim().split("\\s+")));
            if (recording != null) {
                recording.startOnce();
            }
            int block = Math.max(1, REQUESTS / ROUNDS);
            long[][] times = new long[targets.size()][0];
            long[] ticks = new long[targets.size()];
            List<Map<String, Long>> threadTicks = new ArrayList<>();
            targets.forEach(target -> threadTicks.add(Map.of()));
            for (int round = 0; round < ROUNDS; round++) {
                for (int t = 0; t < targets.size(); t++) {
                    long before = PlatformBenchmark.Processes.ticks(targets.get(t).pid());
                    Map<String, Long> threadsBefore = ThreadCpu.snapshot(targets.get(t).pid());
                    times[t] = concat(times[t], timedGets(targets.get(t).api(), path, token, block));
                    ticks[t] += PlatformBenchmark.Processes.ticks(targets.get(t).pid()) - before;
                    threadTicks.set(t, ThreadCpu.plus(threadTicks.get(t),
                            ThreadCpu.minus(ThreadCpu.snapshot(targets.get(t).pid()), threadsBefore)));
                }
            }
            if (recording != null) {
                recording.stop();
            }

            System.out.println();
            System.out.printf(Locale.ROOT, "=== Ariadne gateway filter benchmark: %d cores, %s, services with %s; one-node plan GET,"
                    + " sequential over one keep-alive connection per target, %d rounds of %d per target after at least %d warm-up ===%n",
                    Runtime.getRuntime().availableProcessors(), loadAverage(), String.join(" ", jvm), ROUNDS, block, WARMUP);
            System.out.println("warm-up per target until the JIT was done (in the order of the table): " + String.join(", ", warmups));
            System.out.println("| target | p50 / p95 / p99 (ms) | vs direct p50 / p99 | added p50 (µs) | added by this step p50 (µs) "
                    + "| CPU per request (µs) | CPU added by this step (µs) |");
            System.out.println("|---|---|---|---|---|---|---|");
            long[] direct = times[0];
            Arrays.sort(direct);
            double previousP50 = pct(direct, 50);
            double previousCpu = 0;
            double bareP50 = 0;
            double bareCpu = 0;
            for (int t = 0; t < targets.size(); t++) {
                long[] sorted = times[t];
                Arrays.sort(sorted);
                double cpu = PlatformBenchmark.Processes.micros(ticks[t]) / sorted.length;
                boolean gatewayTarget = t > 0 && !targets.get(t).beside();
                if (t == 1) {
                    bareP50 = pct(sorted, 50);
                    bareCpu = cpu;
                }
                double stepP50 = targets.get(t).beside() ? bareP50 : previousP50;
                double stepCpu = targets.get(t).beside() ? bareCpu : previousCpu;
                System.out.printf(Locale.ROOT, "| %s | %.3f / %.3f / %.3f | %.2f× / %.2f× | %s | %s | %.0f | %s |%n", targets.get(t).label(),
                        pct(sorted, 50) / 1e6, pct(sorted, 95) / 1e6, pct(sorted, 99) / 1e6,
                        (double) pct(sorted, 50) / pct(direct, 50), (double) pct(sorted, 99) / pct(direct, 99),
                        t > 0 ? String.format(Locale.ROOT, "%.0f", (pct(sorted, 50) - pct(direct, 50)) / 1e3) : "–",
                        t > 1 ? String.format(Locale.ROOT, "%+.0f", (pct(sorted, 50) - stepP50) / 1e3) : "–",
                        cpu, t > 1 ? String.format(Locale.ROOT, "%+.0f", cpu - stepCpu) : "–");
                if (gatewayTarget) {
                    previousP50 = pct(sorted, 50);
                    previousCpu = cpu;
                }
            }
            System.out.println();
            System.out.println("| target | CPU per request by thread (µs; threads under 10 µs left out) |");
            System.out.println("|---|---|");
            for (int t = 0; t < targets.size(); t++) {
                System.out.printf(Locale.ROOT, "| %s | %s |%n", targets.get(t).label(), ThreadCpu.perRequest(threadTicks.get(t), times[t].length));
            }
            if (recording != null) {
                System.out.println("gateway flight recording: " + recording.file());
            }
        }
    }

    /** The route to plans only, the step's parts, and the auto-configurations it goes without. */
    private static List<String> systemProperties(Step step, String plansUrl) {
        String route = "-Dspring.cloud.gateway.server.webflux.routes[0].";
        List<String> properties = new ArrayList<>(List.of(
                route + "id=plans", route + "uri=" + plansUrl, route + "predicates[0]=Path=/api/t/{tenant}/plans/**",
                "-Dbench.gateway.configurations=" + String.join(",", step.configurations().stream().map(c -> GATEWAY + c).toList()),
                "-Dbench.relay.upstream=" + plansUrl));
        properties.addAll(step.options());
        if (step.breaker()) {
            properties.add(route + "filters[0]=CircuitBreaker=plans");
        }
        List<String> excluded = new ArrayList<>();
        if (!step.security()) {
            excluded.add(NO_SECURITY);
        }
        if (!step.metrics()) {
            excluded.add(NO_SERVER_OBSERVATION);
        }
        if (!excluded.isEmpty()) {
            properties.add("-Dspring.autoconfigure.exclude=" + String.join(",", excluded));
        }
        return properties;
    }

    /**
     * GatewayVariant's classes alone in a directory (the test classes' resources must not reach the gateways), with the
     * classes of {@code shadowing} (a directory, or empty) beside them: Spring Boot's launcher puts {@code loader.path}
     * before the jar's own classes.
     */
    private static Path variantClasses(String shadowing) throws IOException, URISyntaxException {
        Path testClasses = Path.of(GatewayVariant.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path dir = Files.createTempDirectory("gateway-variant");
        Path pkg = dir.resolve("org/ariadne/e2e");
        Files.createDirectories(pkg);
        try (var files = Files.list(testClasses.resolve("org/ariadne/e2e"))) {
            files.filter(GatewayFilterBenchmark::isVariantClass).forEach(f -> {
                try {
                    Files.copy(f, pkg.resolve(f.getFileName()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        if (!shadowing.isEmpty()) {
            Path from = Path.of(shadowing);
            try (var files = Files.walk(from)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Path to = dir.resolve(from.relativize(file).toString());
                    Files.createDirectories(to.getParent());
                    Files.copy(file, to);
                }
            }
        }
        return dir;
    }

    /** GatewayVariant and ReactorNettyRelay with their inner classes: the main classes the benchmark starts from the gateway's jar. */
    private static boolean isVariantClass(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith("GatewayVariant") || name.startsWith("ReactorNettyRelay");
    }

    /** Which of the gateway's security classes a JVM has instances of (jcmd's class histogram): shows which classes it runs. */
    private static String securityBeansOf(long pid) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(pid),
                "GC.class_histogram").redirectErrorStream(true).start();
        String histogram = new String(jcmd.getInputStream().readAllBytes());
        jcmd.waitFor();
        return histogram.lines().filter(line -> line.contains("org.ariadne.gateway.security."))
                .map(line -> line.trim().replaceAll("\\s+", " ")).toList().toString();
    }

    private static String loadAverage() {
        try {
            return "load average " + Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "load average unknown";
        }
    }
}
