package org.ariadne.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time of a process's threads by kind, from {@code /proc/<pid>/task/<tid>/stat} (user + system, clock ticks): which
 * threads a request's CPU goes to — the event loops or Tomcat's workers, or the garbage collector, the JIT compilers,
 * the VM thread. Threads are grouped by their name without digits ({@code reactor-http-epoll-3} → {@code reactor-http-epoll-};
 * Linux keeps the first 15 characters of a Java thread's name). A thread that ended between two snapshots is lost.
 */
final class ThreadCpu {

    private ThreadCpu() {
    }

    /** Ticks per thread group now. */
    static Map<String, Long> snapshot(long pid) {
        Map<String, Long> ticks = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            tasks.forEach(task -> {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks.merge(group(name), Long.parseLong(fields[11]) + Long.parseLong(fields[12]), Long::sum);
                } catch (IOException | RuntimeException e) {
                    // the thread ended while we read it
                }
            });
        } catch (IOException e) {
            return ticks;
        }
        return ticks;
    }

    /** {@code after - before} per group, groups without CPU in between left out. */
    static Map<String, Long> minus(Map<String, Long> after, Map<String, Long> before) {
        Map<String, Long> difference = new TreeMap<>();
        after.forEach((group, ticks) -> {
            long spent = ticks - before.getOrDefault(group, 0L);
            if (spent > 0) {
                difference.put(group, spent);
            }
        });
        return difference;
    }

    static Map<String, Long> plus(Map<String, Long> a, Map<String, Long> b) {
        Map<String, Long> sum = new TreeMap<>(a);
        b.forEach((group, ticks) -> sum.merge(group, ticks, Long::sum));
        return sum;
    }

    /** {@code group µs, …} per request, largest first, groups under 10 µs per request left out. */
    static String perRequest(Map<String, Long> ticks, int requests) {
        StringBuilder line = new StringBuilder();
        ticks.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).forEach(e -> {
            double micros = PlatformBenchmark.Processes.micros(e.getValue()) / requests;
            if (micros >= 10) {
                line.append(line.isEmpty() ? "" : ", ").append(e.getKey()).append(' ').append(Math.round(micros));
            }
        });
        return line.toString();
    }

    private static String group(String threadName) {
        return threadName.replaceAll("[0-9]+", "").trim();
    }
}
