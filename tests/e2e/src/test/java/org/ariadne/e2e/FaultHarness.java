package org.ariadne.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.ariadne.e2e.WriteStream.Kind;
import org.ariadne.e2e.WriteStream.Outcome;
import org.ariadne.testing.Api;
import org.ariadne.testing.TestJwts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Faults on the real local stack's processes (docs/reliability.md), never part of {@code ./mvnw verify}:
 * <pre>
 * ./mvnw -B -DskipTests package
 * ./mvnw -B -pl tests/e2e -am verify -Pfaults
 * </pre>
 * Each case streams plan changes through the gateway while it breaks one component, repairs it, and then counts
 * against what was sent: writes accepted, writes refused (each must be an RFC 9457 problem), answers that were
 * neither, events lost (accepted writes missing from a read model), effects duplicated (a write present more than
 * once), and the time from the repair until every read model holds every write accepted before it. The goal is 0
 * lost, 0 duplicated, 0 unclean, convergence within 10 s; each case prints its figures and then asserts the goal.
 * <p>
 * A new consumer joins by adding its {@link ReadModel} to {@link #READ_MODELS} and a case that kills it, like
 * {@link #b_monitoringKilledMidStream()} and {@link #e_fundingAndPartnersKilledMidStream()}.
 */
@Tag("fault")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultHarness {

    static final String TENANT = "me";
    static final String TOKEN = TestJwts.forTenant(TENANT);
    /** The warm-up's tenant: another jurisdiction, so the cases' tenant holds only the cases' data. */
    static final String WARM_UP_TENANT = "si";
    static final Duration CONVERGENCE_GOAL = Duration.ofSeconds(10);
    static final Duration GIVE_UP = Duration.ofSeconds(180);
    /** Every read model that must hold each accepted write exactly once. */
    static final List<String> SERVICES = List.of("identity", "plans", "monitoring", "funding", "partners", "gateway");
    static final List<ReadModel> READ_MODELS = List.of(ReadModel.PLANS, ReadModel.MONITORING, ReadModel.FUNDING, ReadModel.PARTNERS);

    /**
     * The consumer groups that read plans' events: one per consuming service (the service's name, for every topic it
     * follows); the timeline shows when each has the topic's partitions.
     */
    static final List<String> PLANS_CONSUMER_GROUPS = List.of("monitoring", "funding", "partners");

    static LocalStack stack;
    static StackProbes probes;
    static Api gateway;
    static final List<String> REPORT = new ArrayList<>();

    @BeforeAll
    static void startPlatform() {
        stack = new LocalStack();
        // Convergence is a throughput figure: the services and the broker run with the production JIT, as deployed
        // (k8s/); -Dfaults.jvm=lean runs the suite's start-up flags (C1 only) instead (docs/reliability.md).
        if (!"lean".equals(System.getProperty("faults.jvm"))) {
            stack.withJvmOptions(PlatformBenchmark.PRODUCTION_JVM);
            REPORT.add("(services and broker: production JVM flags " + PlatformBenchmark.PRODUCTION_JVM + ")");
        } else {
            REPORT.add("(services and broker: the suite's lean JVM flags, C1 only)");
        }
        REPORT.add("(the harness's JVM, which hosts the Mongo wire server: "
                + java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments() + ")");
        // as many partitions (so consumer threads per listener) as ./run has, not the suite's single partition
        String partitions = System.getProperty("faults.partitions", "3");
        stack.withEnv("ARIADNE_MESSAGING_PARTITIONS", partitions);
        REPORT.add("(" + partitions + " partitions per topic, as many consumer threads per listener)");
        String sessionTimeout = System.getProperty("faults.kafka-session-timeout-ms");
        if (sessionTimeout != null) {
            // an experiment: the consumers' session timeout decides how soon a killed consumer's partitions move on
            stack.withEnv("SPRING_APPLICATION_JSON", "{\"spring.kafka.consumer.properties.session.timeout.ms\":\"" + sessionTimeout
                    + "\",\"spring.kafka.consumer.properties.heartbeat.interval.ms\":\"1000\"}");
            REPORT.add("(consumers' session.timeout.ms = " + sessionTimeout + ")");
        }
        // -Dfaults.jfr=partners,monitoring: a flight recording of those services, written when the stack stops
        for (String service : System.getProperty("faults.jfr", "").split(",")) {
            if (!service.isBlank()) {
                Path recording = Path.of("target", "faults-" + service.strip() + ".jfr").toAbsolutePath();
                stack.withExtraJvmOptions(service.strip(), List.of("-XX:StartFlightRecording=settings=profile,filename=" + recording));
                REPORT.add("(a flight recording of " + service.strip() + ": " + recording + ")");
            }
        }
        stack.start(SERVICES.toArray(String[]::new));
        gateway = new Api(stack.gatewayUrl());
        probes = new StackProbes(stack);
        Api.Response onboarded = gateway.post("/api/admin/tenants", TestJwts.platformAdmin(), """
                {"id":"me","name":"Crna Gora","languages":["sr"],"currency":"EUR","timeZone":"Europe/Podgorica",
                 "levelNames":["Poglavlje","Cilj"]}""");
        assertThat(onboarded.status()).as(onboarded.toString()).isIn(201, 409);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            assertThat(gateway.get("/api/t/me/plans", TOKEN).status()).isEqualTo(200);
            assertThat(gateway.get("/api/t/me/monitoring/overview", TOKEN).status()).isEqualTo(200);
        });
        warmUp();
        REPORT.add(String.format(Locale.ROOT, "| %-44s | %8s | %8s | %8s | %7s | %4s | %10s | %9s |",
                "case", "attempts", "accepted", "refused", "unclean", "lost", "duplicated", "converged"));
    }

    /**
     * Before the cases, the platform handles a stream of ordinary writes, as a deployed one has when a fault meets it:
     * its consumers' code paths are compiled by then. Without it the first case's drain is where those paths first
     * become hot, and the JIT compilers took some 40 % of the drain's CPU (docs/reliability.md, finding 23): a cold
     * start, which {@code -Dfaults.warmup-writes=0} still measures. The stream is like the cases' (ten plans, new activities,
     * 40 a second) and must converge before the first fault. It writes into a tenant of its own: the cases' tenant holds
     * what it held without a warm-up, since the Mongo wire server answers filters on secondary indexes by scanning
     * (it implements unique indexes only), and 1,500 more activities there would measure its scans, not the platform.
     */
    private static void warmUp() {
        int writes = Integer.getInteger("faults.warmup-writes", 1_500);
        if (writes <= 0) {
            REPORT.add("(no warm-up: the first case meets freshly started services, a cold start)");
            return;
        }
        Instant start = Instant.now();
        String token = TestJwts.forTenant(WARM_UP_TENANT);
        Api.Response onboarded = gateway.post("/api/admin/tenants", TestJwts.platformAdmin(), """
                {"id":"si","name":"Slovenija","languages":["sl"],"currency":"EUR","timeZone":"Europe/Ljubljana",
                 "levelNames":["Poglavje","Cilj"]}""");
        assertThat(onboarded.status()).as(onboarded.toString()).isIn(201, 409);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                assertThat(gateway.get("/api/t/" + WARM_UP_TENANT + "/monitoring/overview", token).status()).isEqualTo(200));
        List<WriteStream.Target> targets = plans(WARM_UP_TENANT, token, "w", 10);
        List<String> planIds = targets.stream().map(WriteStream.Target::planId).toList();
        awaitEveryReadModelKnows(WARM_UP_TENANT, token, planIds);
        try (WriteStream stream = new WriteStream(gateway, WARM_UP_TENANT, token, targets, "w", writes, 40).start()) {
            stream.awaitEnd(Duration.ofSeconds(writes / 40L * 3 + 60));
            Duration converged = awaitConvergence(WARM_UP_TENANT, token, "w", codesByPlan(planIds, stream.of(Kind.ACCEPTED)),
                    Instant.now(), null);
            assertThat(converged).as("the warm-up's writes reached every read model").isNotNull();
            REPORT.add(String.format(Locale.ROOT, "(warm-up in tenant %s: %d writes at 40/s, %d accepted, every read model held them"
                    + " %.1f s after the last; %d s in all: the services have run their paths before the first fault)", WARM_UP_TENANT,
                    writes, stream.of(Kind.ACCEPTED).size(), converged.toMillis() / 1000.0, Duration.between(start, Instant.now()).toSeconds()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during the warm-up", e);
        }
    }

    @AfterAll
    static void stopPlatform() {
        System.out.println();
        System.out.println("=== Ariadne fault harness (" + Runtime.getRuntime().availableProcessors() + " cores) ===");
        REPORT.forEach(System.out::println);
        if (probes != null) {
            probes.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    /** (a) The broker is gone for 60 s in the middle of 1,000 writes, then comes back. */
    @Test
    @Order(1)
    void a_kafkaStoppedFor60sDuring1000Writes() throws Exception {
        run("(a) Kafka stopped 60 s during 1,000 writes", "a", 1_000, 12, stream -> {
            stream.awaitAnswered(150);
            stack.stopKafka();
            happened("broker killed");
            LocalStack.sleep(60_000);
            happened("broker started again");
            stack.startKafka(); // returns once the broker listens: the repair
        });
    }

    /** (b) Monitoring, the consumer, is SIGKILLed in the middle of a stream of plan changes, then restarted. */
    @Test
    @Order(2)
    void b_monitoringKilledMidStream() throws Exception {
        run("(b) monitoring SIGKILLed mid-stream", "b", 400, 15, stream -> {
            stream.awaitAnswered(120);
            stack.kill("monitoring");
            happened("monitoring SIGKILLed, started again");
            stack.restart("monitoring"); // returns once it is healthy: the repair
        });
    }

    /** (e) Funding and partners, the other consumers of the plans' events, are SIGKILLed mid-stream, then restarted. */
    @Test
    @Order(5)
    void e_fundingAndPartnersKilledMidStream() throws Exception {
        run("(e) funding and partners SIGKILLed mid-stream", "e", 400, 15, stream -> {
            stream.awaitAnswered(120);
            stack.kill("funding");
            stack.kill("partners");
            happened("funding and partners SIGKILLed, started again");
            stack.restart("funding", "partners"); // returns once both are healthy: the repair
        });
    }

    /**
     * (c) Plans is SIGKILLed between its Mongo write and the relay's send. To land there every time, the broker is
     * frozen first (SIGSTOP: the relay's sends hang unanswered): writes go on being accepted into the aggregates'
     * outboxes; plans is killed while those events wait in Mongo and in its producer; then the broker goes on and plans
     * restarts. The outbox entries pending at the kill are counted from Mongo itself.
     */
    @Test
    @Order(3)
    void c_plansKilledBetweenMongoWriteAndRelaySend() throws Exception {
        run("(c) plans SIGKILLed between write and send", "c", 400, 15, stream -> {
            stream.awaitAnswered(100);
            stack.freezeKafka();
            happened("broker frozen");
            int before = stream.of(Kind.ACCEPTED).size();
            Instant giveUp = Instant.now().plusSeconds(10);
            while (stream.of(Kind.ACCEPTED).size() < before + 30 && Instant.now().isBefore(giveUp)) {
                LocalStack.sleep(20);
            }
            long pending = probes.pendingOutboxEntries("plans__" + TENANT, "plans");
            stack.kill("plans");
            happened("plans SIGKILLed");
            note("pending outbox entries in Mongo when plans was killed: " + pending);
            stack.thawKafka();
            happened("broker thawed, plans started again");
            stack.restart("plans"); // returns once it is healthy: the repair
        });
    }

    /**
     * (d) The Mongo wire server is stopped (every connection dropped) under load and started again 5 s later
     * ({@code -Dfaults.mongo-down-seconds} for a longer outage).
     */
    @Test
    @Order(4)
    void d_mongoRestartedUnderLoad() throws Exception {
        int down = Integer.getInteger("faults.mongo-down-seconds", 5);
        run("(d) Mongo wire server restarted under load" + (down == 5 ? "" : ", " + down + " s down"), "d", 400, 15, stream -> {
            stream.awaitAnswered(120);
            stack.stopMongo();
            happened("Mongo wire server stopped");
            LocalStack.sleep(down * 1000L);
            stack.restartMongo(); // listening again: the repair
        });
    }

    // ---- the harness ----

    private static final List<String> NOTES = new ArrayList<>();
    private static final Map<String, Instant> HAPPENED = new LinkedHashMap<>();

    private static void note(String text) {
        NOTES.add(text);
    }

    /** A step of the fault itself, shown on the case's timeline (before the repair, so at a negative time). */
    private static void happened(String step) {
        HAPPENED.put(step, Instant.now());
    }

    /**
     * Streams {@code writes} plan changes at {@code perSecond} into 10 fresh plans while {@code fault} breaks and repairs a
     * component (it returns once the component is back), then counts and prints, and finally asserts the goal.
     */
    private static void run(String name, String prefix, int writes, int perSecond, Consumer<WriteStream> fault) throws Exception {
        NOTES.clear();
        HAPPENED.clear();
        List<WriteStream.Target> targets = plans(prefix, 10);
        List<String> planIds = targets.stream().map(WriteStream.Target::planId).toList();
        awaitEveryReadModelKnows(planIds);

        Instant repaired;
        try (WriteStream stream = new WriteStream(gateway, TENANT, TOKEN, targets, prefix, writes, perSecond).start()) {
            fault.accept(stream);
            repaired = Instant.now();
            StackCpu cpu = StackCpu.from(stack, SERVICES);
            List<Outcome> acceptedBeforeRepair = stream.acceptedBefore(repaired);
            Map<String, Integer> inMonitoring = ReadModel.MONITORING.occurrences(stack, TENANT, TOKEN, planIds, prefix);
            if (inMonitoring != null) {
                note("backlog at the repair: " + codes(acceptedBeforeRepair).stream().filter(c -> !inMonitoring.containsKey(c)).count()
                        + " of " + acceptedBeforeRepair.size() + " accepted writes not yet in monitoring");
            }
            Timeline timeline = timeline(repaired, acceptedBeforeRepair.size());
            Duration converged;
            try (AutoCloseable sampling = timeline.sampleEvery(Duration.ofMillis(250))) {
                converged = awaitConvergence(prefix, codesByPlan(planIds, acceptedBeforeRepair), repaired, timeline);
            }
            if (converged != null) {
                note("from the repair to convergence, " + cpu.since(Duration.between(repaired, Instant.now())));
                note("by thread group (CPU s):");
                cpu.byThreadGroup().lines().forEach(line -> note("  " + line));
            }
            stream.awaitEnd(Duration.ofSeconds(writes / perSecond * 3L + 120));

            List<Outcome> accepted = stream.of(Kind.ACCEPTED);
            awaitConvergence(prefix, codesByPlan(planIds, accepted), Instant.now(), null); // everything, for the counts below
            Map<String, Map<String, Integer>> seen = new LinkedHashMap<>();
            for (ReadModel model : READ_MODELS) {
                seen.put(model.name(), model.occurrences(stack, TENANT, TOKEN, planIds, prefix));
            }
            Set<String> lost = new TreeSet<>();
            Set<String> duplicated = new TreeSet<>();
            for (Outcome write : accepted) {
                seen.forEach((model, counts) -> {
                    int n = counts == null ? 0 : counts.getOrDefault(write.code(), 0);
                    if (n == 0) {
                        lost.add(model + ":" + write.code());
                    } else if (n > 1) {
                        duplicated.add(model + ":" + write.code() + "×" + n);
                    }
                });
            }
            // a write answered with a refusal (or not answered) that was applied all the same
            Set<String> notAccepted = new TreeSet<>(codes(stream.of(Kind.REFUSED)));
            notAccepted.addAll(codes(stream.of(Kind.UNCLEAN)));
            Map<String, Integer> inPlans = seen.get(ReadModel.PLANS.name());
            List<String> appliedAnyway = notAccepted.stream().filter(code -> inPlans != null && inPlans.containsKey(code)).toList();
            seen.forEach((model, counts) -> {
                if (counts != null) {
                    counts.entrySet().stream().filter(e -> notAccepted.contains(e.getKey()) && e.getValue() > 1)
                            .forEach(e -> duplicated.add(model + ":" + e.getKey() + "×" + e.getValue()));
                }
            });

            int refused = stream.of(Kind.REFUSED).size();
            int unclean = stream.of(Kind.UNCLEAN).size();
            REPORT.add(String.format(Locale.ROOT, "| %-44s | %8d | %8d | %8d | %7d | %4d | %10d | %9s |", name,
                    stream.outcomes().size(), accepted.size(), refused, unclean, lost.size(), duplicated.size(),
                    converged == null ? "no (" + GIVE_UP.toSeconds() + " s)" : String.format(Locale.ROOT, "%.1f s", converged.toMillis() / 1000.0)));
            List<String> details = new ArrayList<>(NOTES);
            details.add("timeline after the repair:");
            timeline.lines().forEach(line -> details.add("  " + line));
            if (refused > 0) {
                details.add("refused: " + stream.summary(Kind.REFUSED));
            }
            if (unclean > 0) {
                details.add("unclean: " + stream.summary(Kind.UNCLEAN));
            }
            if (!appliedAnyway.isEmpty()) {
                details.add("answered as not accepted but applied (" + appliedAnyway.size() + "): " + appliedAnyway.stream().limit(10).toList());
            }
            if (!lost.isEmpty()) {
                details.add("lost (" + lost.size() + "): " + lost.stream().limit(10).toList());
            }
            if (!duplicated.isEmpty()) {
                details.add("duplicated (" + duplicated.size() + "): " + duplicated.stream().limit(10).toList());
            }
            details.forEach(d -> REPORT.add("|   " + d));
            System.out.println(REPORT.get(REPORT.size() - 1 - details.size()));
            details.forEach(d -> System.out.println("    " + d));

            assertThat(unclean).as("every refused write is a problem response").isZero();
            assertThat(lost).as("accepted writes missing from a read model").isEmpty();
            assertThat(duplicated).as("writes applied more than once").isEmpty();
            assertThat(converged).as("read models converged after the repair").isNotNull();
            assertThat(converged).as("convergence after the repair").isLessThanOrEqualTo(CONVERGENCE_GOAL);
        }
    }

    /**
     * What the timeline watches after a repair: the broker leading plans' topic, plans' relay publishing again and
     * its outbox empty, each consumer group of plans' events with its partitions assigned (the read models' own
     * convergence is marked by {@link #awaitConvergence}). The fault's own steps come first, at negative times.
     */
    private static Timeline timeline(Instant repaired, int acceptedBeforeRepair) {
        Timeline timeline = new Timeline(repaired);
        HAPPENED.forEach(timeline::mark);
        long publishedAtRepair = probes.publishedByRelay();
        int partitions = probes.partitions(StackProbes.PLANS_TOPIC);
        timeline.watch("broker: every partition of " + StackProbes.PLANS_TOPIC + " has a leader",
                () -> probes.brokerLeads(StackProbes.PLANS_TOPIC));
        timeline.watch("relay: plans publishes again (outbox.publish success counter moves)", () -> {
            long now = probes.publishedByRelay();
            return now > Math.max(0, publishedAtRepair);
        });
        timeline.watch("relay: plans' outbox empty (no pending entries in Mongo)",
                () -> probes.pendingOutboxEntries("plans__" + TENANT, "plans") == 0);
        for (String group : PLANS_CONSUMER_GROUPS) {
            timeline.watch("consumer group " + group + ": stable, " + partitions + " partition(s) of " + StackProbes.PLANS_TOPIC
                    + " assigned", () -> probes.groupAssigned(group, StackProbes.PLANS_TOPIC, partitions));
        }
        timeline.mark("repair (the " + acceptedBeforeRepair + " writes accepted so far must reach every read model)", repaired);
        timeline.sample();
        return timeline;
    }

    /**
     * Until every read model holds every expected code; null when that did not happen within GIVE_UP. With a
     * timeline, each read model's convergence is marked on it. A plan a read model holds completely is not asked for
     * again (codes never leave a read model; duplicates are counted after): each of these reads is a request to the
     * service and a query of its read model, CPU the stack would otherwise take from the consumers it measures.
     */
    private static Duration awaitConvergence(String prefix, Map<String, Set<String>> expectedByPlan, Instant from, Timeline timeline) {
        return awaitConvergence(TENANT, TOKEN, prefix, expectedByPlan, from, timeline);
    }

    private static Duration awaitConvergence(String tenant, String token, String prefix, Map<String, Set<String>> expectedByPlan,
            Instant from, Timeline timeline) {
        Instant deadline = Instant.now().plus(GIVE_UP);
        Map<String, Set<String>> plansHeld = new HashMap<>();
        Set<String> converged = new TreeSet<>();
        while (Instant.now().isBefore(deadline)) {
            for (ReadModel model : READ_MODELS) {
                if (converged.contains(model.name())) {
                    continue;
                }
                Set<String> held = plansHeld.computeIfAbsent(model.name(), m -> new HashSet<>());
                for (Map.Entry<String, Set<String>> plan : expectedByPlan.entrySet()) {
                    if (!held.contains(plan.getKey())) {
                        Map<String, Integer> counts = model.occurrences(stack, tenant, token, List.of(plan.getKey()), prefix);
                        if (counts == null || !counts.keySet().containsAll(plan.getValue())) {
                            break; // the model has not converged: its other plans wait for the next round
                        }
                        held.add(plan.getKey());
                    }
                }
                if (held.size() == expectedByPlan.size()) {
                    converged.add(model.name());
                    if (timeline != null) {
                        timeline.mark("read model " + model.name() + " converged", Instant.now());
                    }
                }
            }
            if (converged.size() == READ_MODELS.size()) {
                return Duration.between(from, Instant.now());
            }
            LocalStack.sleep(200);
        }
        return null;
    }

    /** The codes of the outcomes per plan, every plan of the case present (a plan without one is held at once). */
    private static Map<String, Set<String>> codesByPlan(List<String> planIds, List<Outcome> outcomes) {
        Map<String, Set<String>> byPlan = new LinkedHashMap<>();
        planIds.forEach(planId -> byPlan.put(planId, new TreeSet<>()));
        outcomes.forEach(outcome -> byPlan.computeIfAbsent(outcome.planId(), p -> new TreeSet<>()).add(outcome.code()));
        return byPlan;
    }

    private static Set<String> codes(List<Outcome> outcomes) {
        return outcomes.stream().map(Outcome::code).collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<WriteStream.Target> plans(String prefix, int count) {
        return plans(TENANT, TOKEN, prefix, count);
    }

    private static List<WriteStream.Target> plans(String tenant, String token, String prefix, int count) {
        List<WriteStream.Target> targets = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Api.Response plan = gateway.post("/api/t/" + tenant + "/plans", token,
                    "{\"title\":\"Fault case " + prefix + " plan " + i + "\",\"levelNames\":[\"Poglavlje\",\"Cilj\"]}");
            assertThat(plan.status()).as(plan.toString()).isEqualTo(201);
            String planId = plan.json("$.id");
            Api.Response node = gateway.post("/api/t/" + tenant + "/plans/" + planId + "/nodes", token,
                    "{\"code\":\"" + i + "\",\"title\":\"Poglavlje " + i + "\"}");
            assertThat(node.status()).as(node.toString()).isEqualTo(201);
            targets.add(new WriteStream.Target(planId, node.json("$.id")));
        }
        return targets;
    }

    private static void awaitEveryReadModelKnows(List<String> planIds) {
        awaitEveryReadModelKnows(TENANT, TOKEN, planIds);
    }

    private static void awaitEveryReadModelKnows(String tenant, String token, List<String> planIds) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                READ_MODELS.stream().allMatch(model -> model.occurrences(stack, tenant, token, planIds, "-") != null));
    }
}
