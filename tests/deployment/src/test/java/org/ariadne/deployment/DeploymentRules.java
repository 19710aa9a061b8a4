package org.ariadne.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.ariadne.contracts.EventTypes;
import org.ariadne.deployment.BuildServices.Build;
import org.ariadne.deployment.RunScript.Run;

/**
 * What every service of the build needs in each Kubernetes overlay, in infra/compose.yaml and in ./run. Each rule
 * adds a message that names the service, the file or overlay, and what to add; {@link #check()} returns them all.
 */
final class DeploymentRules {

    static final String GATEWAY = "gateway";
    /** Identity also admits the other services: they fetch its signing keys (IDENTITY_URL/oauth2/jwks). */
    static final String IDENTITY = "identity";
    static final String NAME_LABEL = "app.kubernetes.io/name";
    static final String HTTP_PORT = "http";
    /** A container port of this name may admit more than the gateway (metrics scraping), never the API port. */
    static final String MANAGEMENT_PORT = "management";
    static final String READINESS_PATH = "/actuator/health/readiness";
    static final String LIVENESS_PATH = "/actuator/health/liveness";
    /** Variables of the container runtime, not of the service: only the JVM flags of a container. */
    static final Set<String> LAUNCHER_VARIABLES = Set.of("JAVA_TOOL_OPTIONS");
    /** compose-only: the health check's port. */
    static final Set<String> COMPOSE_HELPER_VARIABLES = Set.of("PORT_TO_CHECK");
    static final int DNS_PORT = 53;
    static final int MONGO_PORT = 27017;
    static final int KAFKA_PORT = 9092;

    private final Path root;
    private final Build build;
    private final List<String> problems = new ArrayList<>();

    DeploymentRules(Path root, Build build) {
        this.root = root;
        this.build = build;
    }

    /** Every problem found in the repository's deployment files (empty when all is well). */
    List<String> check() {
        checkFilesParse();
        if (!problems.isEmpty()) {
            return List.copyOf(problems); // nothing else can be judged on files that do not parse
        }
        Run run = runScript();
        Map<String, Map<String, HasMetadata>> overlays = overlays();
        if (run != null) {
            checkRun(run);
        }
        for (var overlay : overlays.entrySet()) {
            for (BuildServices.Service service : build.services()) {
                checkService(overlay.getKey(), overlay.getValue(), service, run);
            }
        }
        if (run != null) {
            checkCompose(run);
        }
        checkTopics(overlays);
        return List.copyOf(problems);
    }

    /** Every manifest file the kustomizations include, typed on its own, so a message names the file to fix. */
    private void checkFilesParse() {
        Set<Path> files = new LinkedHashSet<>();
        List<Path> kustomizations = new ArrayList<>(DeploymentFiles.overlays(root));
        kustomizations.add(root.resolve("k8s/platform"));
        for (Path kustomization : kustomizations) {
            try {
                files.addAll(Kustomize.resourceFiles(kustomization));
            } catch (ManifestException e) {
                problems.add(e.getMessage());
            }
        }
        for (Path file : files) {
            try {
                for (ObjectNode manifest : YamlFiles.documents(file)) {
                    TypedManifests.typed(manifest, root.relativize(file).toString());
                }
            } catch (ManifestException e) {
                problems.add(e.getMessage());
            }
        }
    }

    /** Overlays rendered and typed; a file that does not even parse is reported once, by its own name. */
    private Map<String, Map<String, HasMetadata>> overlays() {
        Map<String, Map<String, HasMetadata>> result = new LinkedHashMap<>();
        for (Path overlay : DeploymentFiles.overlays(root)) {
            String name = "k8s overlay " + overlay.getFileName();
            try {
                List<ObjectNode> rendered = Kustomize.render(overlay);
                Map<String, HasMetadata> typed = new LinkedHashMap<>();
                for (var entry : Kustomize.byKindAndName(rendered, name).entrySet()) {
                    typed.put(entry.getKey(), TypedManifests.typed(entry.getValue(), name));
                }
                result.put(overlay.getFileName().toString(), typed);
            } catch (ManifestException e) {
                problems.add(e.getMessage());
            }
        }
        return result;
    }

    // ---- ./run ----

    private Run runScript() {
        try {
            return RunScript.read(root.resolve("run"));
        } catch (ManifestException e) {
            problems.add(e.getMessage());
            return null;
        }
    }

    private void checkRun(Run run) {
        for (BuildServices.Service service : build.services()) {
            RunScript.Entry entry = run.services().get(service.name());
            if (entry == null) {
                problems.add("./run: SERVICES has no entry for " + service.name() + " (module " + service.module()
                        + "): add \"" + service.name() + "|<port>|" + jarOf(service) + "|<its own environment variables>\"");
                continue;
            }
            if (!entry.jar().equals(jarOf(service))) {
                problems.add("./run: " + service.name() + " starts " + entry.jar() + ", but the build packages " + jarOf(service));
            }
        }
        for (String name : run.services().keySet()) {
            if (!build.names().contains(name)) {
                problems.add("./run: SERVICES starts " + name + ", which no module of the build packages");
            }
        }
    }

    private static String jarOf(BuildServices.Service service) {
        return service.module() + "/target/" + service.artifactId() + "-exec.jar";
    }

    // ---- one service in one overlay ----

    private void checkService(String overlay, Map<String, HasMetadata> resources, BuildServices.Service service, Run run) {
        String where = "k8s overlay " + overlay + ": " + service.name();
        Deployment deployment = (Deployment) resources.get("Deployment/" + service.name());
        if (deployment == null) {
            problems.add(where + ": no Deployment named " + service.name() + " (add k8s/base/" + service.name()
                    + ".yaml with a Deployment, Service and NetworkPolicy and list it in k8s/base/kustomization.yaml)");
            return;
        }
        Map<String, String> podLabels = Objects.requireNonNullElse(deployment.getSpec().getTemplate().getMetadata().getLabels(), Map.of());
        List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
        Container container = containers.stream().filter(c -> service.name().equals(c.getName())).findFirst().orElse(null);
        if (container == null) {
            problems.add(where + ": the Deployment has no container named " + service.name());
            return;
        }
        if (!service.name().equals(podLabels.get(NAME_LABEL))) {
            problems.add(where + ": the pod template needs the label " + NAME_LABEL + ": " + service.name());
        }
        String image = "ariadne/" + service.artifactId() + ":" + build.version();
        if (!image.equals(container.getImage())) {
            problems.add(where + ": the image is " + container.getImage() + ", expected " + image + " (k8s/base/kustomization.yaml images)");
        }
        Integer port = httpPort(container);
        if (port == null) {
            problems.add(where + ": the container declares no port named \"" + HTTP_PORT + "\"");
            return;
        }
        if (run != null && run.services().containsKey(service.name()) && run.services().get(service.name()).port() != port) {
            problems.add(where + ": the container port " + port + " differs from the port ./run gives it ("
                    + run.services().get(service.name()).port() + ")");
        }
        Integer management = managementPort(container);
        checkProbe(where, "readinessProbe", container.getReadinessProbe(), READINESS_PATH, port, management);
        checkProbe(where, "livenessProbe", container.getLivenessProbe(), LIVENESS_PATH, port, management);
        checkResources(where, container.getResources());
        if (run != null && run.services().containsKey(service.name())) {
            checkEnvironment(where, container, resources, run.environmentOf(service.name()));
        }
        checkService(where, resources, service.name(), podLabels, port);
        checkNetworkPolicy(where, resources, service, podLabels, port);
        if (overlay.equals("prod")) {
            checkAvailability(where, resources, service.name(), podLabels, deployment);
        }
    }

    private static Integer httpPort(Container container) {
        return container.getPorts() == null ? null : container.getPorts().stream()
                .filter(p -> HTTP_PORT.equals(p.getName())).map(ContainerPort::getContainerPort).findFirst().orElse(null);
    }

    /** A container may serve its actuator on a separate port named {@code management} (the gateway does). */
    private static Integer managementPort(Container container) {
        return container.getPorts() == null ? null : container.getPorts().stream()
                .filter(p -> MANAGEMENT_PORT.equals(p.getName())).map(ContainerPort::getContainerPort).findFirst().orElse(null);
    }

    private void checkProbe(String where, String field, Probe probe, String path, int port, Integer management) {
        if (probe == null) {
            problems.add(where + ": the container has no " + field + " (httpGet " + path + " on port " + HTTP_PORT + ")");
            return;
        }
        if (probe.getHttpGet() == null || !path.equals(probe.getHttpGet().getPath())) {
            problems.add(where + ": the " + field + " must be an httpGet of " + path + " (Spring Boot's actuator health group)");
        } else if (!isPort(probe.getHttpGet().getPort(), port) && !isManagementPort(probe.getHttpGet().getPort(), management)) {
            problems.add(where + ": the " + field + " must probe port " + HTTP_PORT + " (" + port + ")"
                    + (management == null ? "" : " or " + MANAGEMENT_PORT + " (" + management + ")"));
        }
    }

    private void checkResources(String where, ResourceRequirements resources) {
        Map<String, Quantity> requests = resources == null || resources.getRequests() == null ? Map.of() : resources.getRequests();
        Map<String, Quantity> limits = resources == null || resources.getLimits() == null ? Map.of() : resources.getLimits();
        for (String name : List.of("cpu", "memory")) {
            if (!requests.containsKey(name)) {
                problems.add(where + ": the container has no resources.requests." + name);
            }
        }
        // A memory limit bounds the JVM; a CPU limit is deliberately not required (it throttles the JVM's start-up).
        if (!limits.containsKey("memory")) {
            problems.add(where + ": the container has no resources.limits.memory");
        } else if (requests.containsKey("memory") && Quantity.getAmountInBytes(limits.get("memory"))
                .compareTo(Quantity.getAmountInBytes(requests.get("memory"))) < 0) {
            problems.add(where + ": resources.limits.memory is below resources.requests.memory");
        }
    }

    private void checkEnvironment(String where, Container container, Map<String, HasMetadata> resources, Set<String> expected) {
        Set<String> names = new TreeSet<>();
        for (EnvVar variable : Objects.requireNonNullElse(container.getEnv(), List.<EnvVar>of())) {
            if (!names.add(variable.getName())) {
                problems.add(where + ": the environment variable " + variable.getName() + " is set twice");
            }
        }
        for (EnvFromSource source : Objects.requireNonNullElse(container.getEnvFrom(), List.<EnvFromSource>of())) {
            if (source.getConfigMapRef() == null) {
                problems.add(where + ": envFrom may only name ConfigMaps (name a Secret's keys one by one in env, so every variable is visible)");
                continue;
            }
            ConfigMap configMap = (ConfigMap) resources.get("ConfigMap/" + source.getConfigMapRef().getName());
            if (configMap == null) {
                problems.add(where + ": envFrom names the ConfigMap " + source.getConfigMapRef().getName() + ", which the overlay does not contain");
                continue;
            }
            names.addAll(Objects.requireNonNullElse(configMap.getData(), Map.<String, String>of()).keySet());
        }
        names.removeAll(LAUNCHER_VARIABLES);
        compareEnvironment(where, names, expected, "k8s");
    }

    private void compareEnvironment(String where, Set<String> actual, Set<String> expected, String what) {
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        Set<String> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        if (!missing.isEmpty()) {
            problems.add(where + ": " + what + " does not set " + String.join(", ", missing)
                    + ", which ./run gives it (run: SHARED_ENV and its SERVICES entry)");
        }
        if (!extra.isEmpty()) {
            problems.add(where + ": " + what + " sets " + String.join(", ", extra)
                    + ", which ./run does not give it (declare them in run's SHARED_ENV or the service's SERVICES entry, or remove them)");
        }
    }

    private void checkService(String where, Map<String, HasMetadata> resources, String name, Map<String, String> podLabels, int port) {
        Service service = (Service) resources.get("Service/" + name);
        if (service == null) {
            problems.add(where + ": no Service named " + name);
            return;
        }
        Map<String, String> selector = service.getSpec().getSelector();
        if (selector == null || selector.isEmpty() || !podLabels.entrySet().containsAll(selector.entrySet())) {
            problems.add(where + ": the Service's selector " + selector + " does not select the Deployment's pods " + podLabels);
        }
        boolean routes = service.getSpec().getPorts() != null && service.getSpec().getPorts().stream()
                .anyMatch(p -> p.getTargetPort() == null ? Objects.equals(p.getPort(), port) : isPort(p.getTargetPort(), port));
        if (!routes) {
            problems.add(where + ": the Service has no port whose targetPort is " + HTTP_PORT + " (" + port + ")");
        }
    }

    private void checkNetworkPolicy(String where, Map<String, HasMetadata> resources, BuildServices.Service service,
            Map<String, String> podLabels, int port) {
        List<NetworkPolicy> policies = resources.values().stream().filter(NetworkPolicy.class::isInstance).map(NetworkPolicy.class::cast)
                .filter(p -> selects(p.getSpec().getPodSelector(), podLabels)).toList();
        if (policies.isEmpty()) {
            problems.add(where + ": no NetworkPolicy selects its pods (" + NAME_LABEL + ": " + service.name() + "); it needs one that admits "
                    + (service.name().equals(GATEWAY) ? "ingress on " + HTTP_PORT : "only the gateway") + " and allows egress to DNS"
                    + (service.usesMongo() ? ", Mongo" : "") + (service.usesKafka() ? " and Kafka" : ""));
            return;
        }
        Set<String> types = policies.stream().flatMap(p -> Objects.requireNonNullElse(p.getSpec().getPolicyTypes(), List.<String>of()).stream())
                .collect(Collectors.toSet());
        for (String type : List.of("Ingress", "Egress")) {
            if (!types.contains(type)) {
                problems.add(where + ": its NetworkPolicy must list " + type + " in policyTypes (otherwise " + type.toLowerCase() + " is open)");
            }
        }
        List<NetworkPolicyIngressRule> ingress = policies.stream()
                .flatMap(p -> Objects.requireNonNullElse(p.getSpec().getIngress(), List.<NetworkPolicyIngressRule>of()).stream()).toList();
        List<NetworkPolicyEgressRule> egress = policies.stream()
                .flatMap(p -> Objects.requireNonNullElse(p.getSpec().getEgress(), List.<NetworkPolicyEgressRule>of()).stream()).toList();
        checkIngress(where, resources, service.name(), ingress, port);
        checkEgress(where, resources, service, egress);
    }

    private void checkIngress(String where, Map<String, HasMetadata> resources, String name, List<NetworkPolicyIngressRule> rules, int port) {
        Map<String, String> gatewayPods = podLabelsOf(resources, GATEWAY);
        boolean admitsHttp = false;
        for (NetworkPolicyIngressRule rule : rules) {
            List<NetworkPolicyPort> ports = Objects.requireNonNullElse(rule.getPorts(), List.of());
            if (!ports.isEmpty() && ports.stream().allMatch(p -> p.getPort() != null && MANAGEMENT_PORT.equals(p.getPort().getStrVal()))) {
                continue; // the management port (metrics) may be scraped from elsewhere
            }
            if (ports.isEmpty() || !ports.stream().allMatch(p -> isPort(p.getPort(), port))) {
                problems.add(where + ": an ingress rule of its NetworkPolicy admits more than port " + HTTP_PORT + " (" + port + ")");
            }
            if (name.equals(GATEWAY)) {
                admitsHttp = true; // the entry point: admitted from the ingress controller / load balancer
                continue;
            }
            List<NetworkPolicyPeer> from = Objects.requireNonNullElse(rule.getFrom(), List.of());
            if (from.isEmpty()) {
                problems.add(where + ": an ingress rule of its NetworkPolicy admits every source; admit only the gateway's pods");
                continue;
            }
            for (NetworkPolicyPeer peer : from) {
                if (peer.getIpBlock() != null || peer.getNamespaceSelector() != null || peer.getPodSelector() == null) {
                    problems.add(where + ": an ingress peer of its NetworkPolicy is not a pod selector of this namespace: " + peer);
                    continue;
                }
                Set<String> admitted = servicesSelectedBy(resources, peer.getPodSelector());
                // identity's tenant lifecycle jobs (export, import, offboarding) call every service's tenant-data endpoint
                Set<String> allowed = name.equals(IDENTITY) ? new LinkedHashSet<>(build.names()) : Set.of(GATEWAY, IDENTITY);
                if (!allowed.containsAll(admitted) || admitted.isEmpty()) {
                    problems.add(where + ": its NetworkPolicy admits " + (admitted.isEmpty() ? "pods that are no Ariadne service" : admitted)
                            + "; only the gateway may call it" + (name.equals(IDENTITY) ? " (and the services, for its signing keys)"
                                    : " (and identity, for a tenant's export, import and offboarding)"));
                }
                if (selects(peer.getPodSelector(), gatewayPods)) {
                    admitsHttp = true;
                }
            }
        }
        if (!admitsHttp) {
            problems.add(where + ": its NetworkPolicy does not admit " + (name.equals(GATEWAY) ? "ingress" : "the gateway")
                    + " on port " + HTTP_PORT + " (" + port + ")");
        }
    }

    private void checkEgress(String where, Map<String, HasMetadata> resources, BuildServices.Service service, List<NetworkPolicyEgressRule> rules) {
        Set<Integer> ports = new TreeSet<>();
        for (NetworkPolicyEgressRule rule : rules) {
            List<NetworkPolicyPort> rulePorts = Objects.requireNonNullElse(rule.getPorts(), List.of());
            if (rulePorts.isEmpty() || rulePorts.stream().anyMatch(p -> p.getPort() == null || p.getPort().getIntVal() == null)) {
                problems.add(where + ": an egress rule of its NetworkPolicy allows every port; name the ports (by number)");
                continue;
            }
            rulePorts.forEach(p -> ports.add(p.getPort().getIntVal()));
        }
        List<String> missing = new ArrayList<>();
        if (!ports.contains(DNS_PORT)) {
            missing.add("DNS (" + DNS_PORT + ")");
        }
        if (service.usesMongo() && !ports.contains(MONGO_PORT)) {
            missing.add("Mongo (" + MONGO_PORT + ")");
        }
        if (service.usesKafka() && !ports.contains(KAFKA_PORT)) {
            missing.add("Kafka (" + KAFKA_PORT + ")");
        }
        List<String> callees = new ArrayList<>();
        if (!service.name().equals(IDENTITY)) {
            callees.add(IDENTITY); // signing keys
        }
        if (service.name().equals(GATEWAY)) {
            build.names().stream().filter(n -> !n.equals(GATEWAY) && !n.equals(IDENTITY)).forEach(callees::add);
        }
        for (String callee : callees) {
            Deployment target = (Deployment) resources.get("Deployment/" + callee);
            Integer port = target == null ? null : target.getSpec().getTemplate().getSpec().getContainers().stream()
                    .map(DeploymentRules::httpPort).filter(Objects::nonNull).findFirst().orElse(null);
            Map<String, String> labels = podLabelsOf(resources, callee);
            boolean allowed = port != null && rules.stream().anyMatch(rule ->
                    Objects.requireNonNullElse(rule.getPorts(), List.<NetworkPolicyPort>of()).stream().anyMatch(p -> isPort(p.getPort(), port))
                    && Objects.requireNonNullElse(rule.getTo(), List.<NetworkPolicyPeer>of()).stream()
                            .anyMatch(peer -> peer.getPodSelector() != null && selects(peer.getPodSelector(), labels)));
            if (!allowed) {
                missing.add(callee + " (" + (port == null ? "its http port" : port) + ")");
            }
        }
        if (!missing.isEmpty()) {
            problems.add(where + ": its NetworkPolicy allows no egress to " + String.join(", ", missing));
        }
    }

    private void checkAvailability(String where, Map<String, HasMetadata> resources, String name, Map<String, String> podLabels,
            Deployment deployment) {
        PodDisruptionBudget pdb = resources.values().stream().filter(PodDisruptionBudget.class::isInstance).map(PodDisruptionBudget.class::cast)
                .filter(p -> p.getSpec().getSelector() != null && selects(p.getSpec().getSelector(), podLabels)).findFirst().orElse(null);
        if (pdb == null) {
            problems.add(where + ": no PodDisruptionBudget selects its pods (add one to k8s/overlays/prod/pdb.yaml)");
        }
        HorizontalPodAutoscaler hpa = resources.values().stream().filter(HorizontalPodAutoscaler.class::isInstance)
                .map(HorizontalPodAutoscaler.class::cast)
                .filter(h -> "Deployment".equals(h.getSpec().getScaleTargetRef().getKind()) && name.equals(h.getSpec().getScaleTargetRef().getName()))
                .findFirst().orElse(null);
        if (hpa == null) {
            problems.add(where + ": no HorizontalPodAutoscaler scales its Deployment (add one to k8s/overlays/prod/hpa.yaml)");
        } else if (hpa.getSpec().getMinReplicas() == null || hpa.getSpec().getMinReplicas() < 2) {
            problems.add(where + ": its HorizontalPodAutoscaler needs minReplicas of at least 2 (one replica cannot survive a node drain)");
        }
        Integer replicas = deployment.getSpec().getReplicas();
        if (replicas == null || replicas < 2) {
            problems.add(where + ": prod runs " + replicas + " replica(s); at least 2, so its PodDisruptionBudget allows a drain");
        }
    }

    // ---- infra/compose.yaml ----

    private void checkCompose(Run run) {
        Path file = root.resolve("infra/compose.yaml");
        ComposeFile compose;
        try {
            compose = ComposeFile.read(file);
        } catch (ManifestException e) {
            problems.add(e.getMessage());
            return;
        }
        Map<String, String> jars = compose.serviceJars();
        for (BuildServices.Service service : build.services()) {
            String where = "infra/compose.yaml: " + service.name();
            String expectedJar = "../" + jarOf(service);
            if (!compose.services().containsKey(service.name())) {
                problems.add(where + ": no such service (add it like the others, mounting " + expectedJar + ")");
                continue;
            }
            if (!expectedJar.equals(jars.get(service.name()))) {
                problems.add(where + ": mounts " + jars.get(service.name()) + " as /app/app.jar, expected " + expectedJar);
            }
            if (run.services().containsKey(service.name())) {
                Set<String> names = new TreeSet<>(compose.environmentOf(service.name()));
                names.removeAll(COMPOSE_HELPER_VARIABLES);
                compareEnvironment(where, names, run.environmentOf(service.name()), "compose");
            }
        }
        jars.keySet().stream().filter(name -> !build.names().contains(name))
                .forEach(name -> problems.add("infra/compose.yaml: " + name + " runs " + jars.get(name) + ", which no module of the build packages"));
    }

    // ---- Kafka topics (k8s/platform) ----

    private void checkTopics(Map<String, Map<String, HasMetadata>> overlays) {
        Path platform = root.resolve("k8s/platform");
        List<ObjectNode> resources;
        try {
            resources = Kustomize.render(platform);
            for (ObjectNode resource : resources) {
                TypedManifests.typed(resource, "k8s/platform");
            }
        } catch (ManifestException e) {
            problems.add(e.getMessage());
            return;
        }
        Map<String, JsonNode> topics = new LinkedHashMap<>();
        for (ObjectNode resource : resources) {
            if ("KafkaTopic".equals(resource.path("kind").asText())) {
                topics.put(resource.path("spec").path("topicName").asText(resource.path("metadata").path("name").asText()), resource.path("spec"));
            }
        }
        Set<String> needed = new TreeSet<>();
        EventTypes.all().keySet().forEach(type -> {
            needed.add(EventTypes.topicOf(type));
            needed.add(EventTypes.topicOf(type) + EventTypes.DLT_SUFFIX);
        });
        for (String topic : needed) {
            if (!topics.containsKey(topic)) {
                problems.add("k8s/platform/topics.yaml: no KafkaTopic for " + topic + " (services/contracts declares events on it)");
            }
        }
        for (var overlay : overlays.entrySet()) {
            ConfigMap env = (ConfigMap) overlay.getValue().get("ConfigMap/ariadne-env");
            Map<String, String> data = env == null || env.getData() == null ? Map.of() : env.getData();
            for (var topic : topics.entrySet()) {
                compareTopic(overlay.getKey(), topic.getKey(), "partitions", topic.getValue(), data.get("ARIADNE_MESSAGING_PARTITIONS"));
                compareTopic(overlay.getKey(), topic.getKey(), "replicas", topic.getValue(), data.get("ARIADNE_MESSAGING_REPLICATION_FACTOR"));
            }
        }
    }

    private void compareTopic(String overlay, String topic, String field, JsonNode spec, String configured) {
        if (configured != null && !configured.equals(spec.path(field).asText())) {
            problems.add("k8s/platform/topics.yaml: " + topic + " has " + field + " " + spec.path(field).asText() + ", but overlay " + overlay
                    + " tells the services " + configured + " (ConfigMap ariadne-env); the services would declare the topic differently");
        }
    }

    // ---- helpers ----

    private static Map<String, String> podLabelsOf(Map<String, HasMetadata> resources, String name) {
        Deployment deployment = (Deployment) resources.get("Deployment/" + name);
        return deployment == null ? Map.of()
                : Objects.requireNonNullElse(deployment.getSpec().getTemplate().getMetadata().getLabels(), Map.of());
    }

    private Set<String> servicesSelectedBy(Map<String, HasMetadata> resources, LabelSelector selector) {
        Set<String> selected = new TreeSet<>();
        for (String name : build.names()) {
            Map<String, String> labels = podLabelsOf(resources, name);
            if (!labels.isEmpty() && selects(selector, labels)) {
                selected.add(name);
            }
        }
        return selected;
    }

    /** matchLabels only: a selector with expressions fails loudly rather than being half-understood. */
    static boolean selects(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return false;
        }
        if (selector.getMatchExpressions() != null && !selector.getMatchExpressions().isEmpty()) {
            throw new ManifestException("a label selector with matchExpressions is not supported by the deployment check: " + selector);
        }
        Map<String, String> match = Objects.requireNonNullElse(selector.getMatchLabels(), Map.of());
        return labels.entrySet().containsAll(match.entrySet());
    }

    private static boolean isManagementPort(IntOrString port, Integer management) {
        return port != null && management != null
                && (Objects.equals(port.getIntVal(), management) || MANAGEMENT_PORT.equals(port.getStrVal()));
    }

    private static boolean isPort(IntOrString port, int number) {
        return port != null && (Objects.equals(port.getIntVal(), number) || HTTP_PORT.equals(port.getStrVal()));
    }
}
