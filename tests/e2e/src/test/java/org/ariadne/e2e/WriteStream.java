package org.ariadne.e2e;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ariadne.testing.Api;

/**
 * A paced stream of plan changes through the gateway (activities added round-robin to a few plans), recording what
 * the platform answered to each: accepted (201), refused cleanly (an RFC 9457 problem), or neither (no answer, or an
 * error that is not a problem). Every write carries a unique activity code, so it can be found in every read model.
 */
final class WriteStream implements AutoCloseable {

    enum Kind { ACCEPTED, REFUSED, UNCLEAN }

    record Outcome(String code, String planId, Kind kind, int status, String detail, Instant at) {
    }

    /** A plan to write into and the node its activities go under. */
    record Target(String planId, String nodeId) {
    }

    private final Api gateway;
    private final String tenant;
    private final String token;
    private final List<Target> targets;
    private final String prefix;
    private final int total;
    private final long pauseMillis;
    private final List<Outcome> outcomes = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean stopped;

    WriteStream(Api gateway, String tenant, String token, List<Target> targets, String prefix, int total, int perSecond) {
        this.gateway = gateway;
        this.tenant = tenant;
        this.token = token;
        this.targets = List.copyOf(targets);
        this.prefix = prefix;
        this.total = total;
        this.pauseMillis = 1000L / perSecond;
        this.thread = new Thread(this::run, "writes-" + prefix);
        this.thread.setDaemon(true);
    }

    WriteStream start() {
        thread.start();
        return this;
    }

    private void run() {
        long next = System.currentTimeMillis();
        for (int i = 1; i <= total && !stopped; i++) {
            Target target = targets.get(i % targets.size());
            String code = prefix + "." + i;
            outcomes.add(write(target, code));
            next += pauseMillis;
            long wait = next - System.currentTimeMillis();
            if (wait > 0) {
                LocalStack.sleep(wait);
            }
        }
    }

    private Outcome write(Target target, String code) {
        String body = """
                {"nodeId":"%s","code":"%s","title":"Aktivnost %s","deadline":"2026","leadInstitutions":["MUP"]}"""
                .formatted(target.nodeId(), code, code);
        try {
            Api.Response response = gateway.post("/api/t/" + tenant + "/plans/" + target.planId() + "/activities", token, body);
            String type = response.header("Content-Type");
            if (response.status() == 201) {
                return new Outcome(code, target.planId(), Kind.ACCEPTED, 201, "", Instant.now());
            }
            boolean problem = type != null && type.startsWith("application/problem+json");
            String detail = problem ? String.valueOf((Object) response.json("$.type")) : firstLine(response.body());
            return new Outcome(code, target.planId(), problem && response.status() >= 400 ? Kind.REFUSED : Kind.UNCLEAN,
                    response.status(), detail, Instant.now());
        } catch (UncheckedIOException | IllegalStateException e) {
            return new Outcome(code, target.planId(), Kind.UNCLEAN, 0, e.getClass().getSimpleName() + ": " + e.getMessage(), Instant.now());
        }
    }

    private static String firstLine(String body) {
        String text = body == null ? "" : body.strip();
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }

    /** Blocks until {@code count} writes were answered (whatever the answer), or the stream ended. */
    void awaitAnswered(int count) {
        while (outcomes.size() < count && thread.isAlive()) {
            LocalStack.sleep(20);
        }
    }

    void awaitEnd(Duration timeout) throws InterruptedException {
        thread.join(timeout.toMillis());
        if (thread.isAlive()) {
            throw new IllegalStateException("the write stream " + prefix + " did not end within " + timeout);
        }
    }

    List<Outcome> outcomes() {
        return new ArrayList<>(outcomes);
    }

    List<Outcome> of(Kind kind) {
        return outcomes.stream().filter(o -> o.kind() == kind).toList();
    }

    /** Accepted writes answered before {@code instant}. */
    List<Outcome> acceptedBefore(Instant instant) {
        return outcomes.stream().filter(o -> o.kind() == Kind.ACCEPTED && o.at().isBefore(instant)).toList();
    }

    /** "503 urn:ariadne:problem:upstream-unavailable ×12, 0 ConnectException ×1" */
    String summary(Kind kind) {
        java.util.Map<String, Long> counts = new java.util.TreeMap<>();
        of(kind).forEach(o -> counts.merge(o.status() + " " + o.detail(), 1L, Long::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((what, n) -> parts.add(String.format(Locale.ROOT, "%s ×%d", what, n)));
        return String.join("; ", parts);
    }

    @Override
    public void close() {
        stopped = true;
    }
}
