package org.ariadne.deployment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code ./run} starts and with which environment, read from its two declarations: {@code SHARED_ENV=(…)}, the
 * variables every service gets, and {@code SERVICES=(…)}, one {@code "name|port|jar|extra variables"} entry per
 * service. ./run passes exactly these variables to each service (the gateway and identity also get
 * {@code ARIADNE_SERVICES_<NAME>} for every other service), so they are the one list k8s/ and infra/compose.yaml
 * must match.
 */
final class RunScript {

    private static final Pattern ARRAY = Pattern.compile("(?m)^(SHARED_ENV|SERVICES)=\\(([^)]*)\\)");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    record Entry(String name, int port, String jar, Set<String> environment) {
    }

    record Run(Set<String> sharedEnvironment, Map<String, Entry> services) {

        /** Every variable ./run gives this service. */
        Set<String> environmentOf(String service) {
            Set<String> all = new LinkedHashSet<>(sharedEnvironment);
            all.addAll(services.get(service).environment());
            if ("gateway".equals(service) || "identity".equals(service)) {
                services.keySet().stream().filter(s -> !s.equals("gateway") && !s.equals(service)).map(RunScript::routeVariable)
                        .forEach(all::add);
            }
            return all;
        }
    }

    private RunScript() {
    }

    /** The gateway's variable for where a service listens ({@code ariadne.services.<name>}). */
    static String routeVariable(String service) {
        return "ARIADNE_SERVICES_" + service.toUpperCase().replace('-', '_');
    }

    static Run read(Path script) {
        String text = YamlFiles.read(script);
        Map<String, String> arrays = new LinkedHashMap<>();
        Matcher matcher = ARRAY.matcher(text);
        while (matcher.find()) {
            arrays.put(matcher.group(1), matcher.group(2));
        }
        for (String name : List.of("SHARED_ENV", "SERVICES")) {
            if (!arrays.containsKey(name)) {
                throw new ManifestException(script + ": no " + name + "=( … ) declaration at the start of a line");
            }
        }
        Set<String> shared = new LinkedHashSet<>();
        for (String line : arrays.get("SHARED_ENV").split("\n")) {
            String code = line.replaceAll("#.*$", "").trim();
            if (!code.isEmpty()) {
                shared.addAll(Arrays.asList(code.split("\\s+")));
            }
        }
        Map<String, Entry> services = new LinkedHashMap<>();
        Matcher quoted = QUOTED.matcher(arrays.get("SERVICES"));
        while (quoted.find()) {
            String[] fields = quoted.group(1).split("\\|", -1);
            if (fields.length != 4) {
                throw new ManifestException(script + ": the SERVICES entry \"" + quoted.group(1) + "\" has " + fields.length
                        + " fields; it needs name|port|exec jar|extra environment variables (the last may be empty)");
            }
            Set<String> extra = new LinkedHashSet<>();
            if (!fields[3].isBlank()) {
                extra.addAll(Arrays.asList(fields[3].trim().split("\\s+")));
            }
            services.put(fields[0], new Entry(fields[0], Integer.parseInt(fields[1]), fields[2], extra));
        }
        return new Run(shared, services);
    }

    static List<String> names(Run run) {
        return new ArrayList<>(run.services().keySet());
    }
}
