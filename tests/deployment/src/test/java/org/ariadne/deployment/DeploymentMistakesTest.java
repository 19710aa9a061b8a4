package org.ariadne.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each mistake an operator or a developer could make in the deployment files, on a copy of them, and what the build says. */
class DeploymentMistakesTest {

    private static final Path REPO = DeploymentFiles.root();
    private static final BuildServices.Build BUILD = BuildServices.read(REPO);

    @TempDir
    Path copy;

    @BeforeEach
    void copyTheDeploymentFiles() throws IOException {
        copyTree(REPO.resolve("k8s"), copy.resolve("k8s"));
        Files.createDirectories(copy.resolve("infra"));
        Files.copy(REPO.resolve("infra/compose.yaml"), copy.resolve("infra/compose.yaml"));
        Files.copy(REPO.resolve("run"), copy.resolve("run"));
    }

    @Test
    void theCopyIsClean() {
        assertThat(problems()).isEmpty();
    }

    @Test
    void aServiceWithoutItsReadinessProbe() throws IOException {
        edit("k8s/base/plans.yaml", """
                          readinessProbe:
                            httpGet: { path: /actuator/health/readiness, port: http }
                            periodSeconds: 5
                            failureThreshold: 3
                """, "");

        assertThat(problems()).containsExactly(
                "k8s overlay dev: plans: the container has no readinessProbe (httpGet /actuator/health/readiness on port http)",
                "k8s overlay prod: plans: the container has no readinessProbe (httpGet /actuator/health/readiness on port http)");
    }

    @Test
    void aLivenessProbeOffTheActuator() throws IOException {
        edit("k8s/base/identity.yaml", "httpGet: { path: /actuator/health/liveness, port: http }\n            periodSeconds: 10",
                "httpGet: { path: /, port: http }\n            periodSeconds: 10");

        assertThat(problems()).contains(
                "k8s overlay prod: identity: the livenessProbe must be an httpGet of /actuator/health/liveness "
                        + "(Spring Boot's actuator health group)");
    }

    @Test
    void aServiceWithoutItsNetworkPolicy() throws IOException {
        Path file = copy.resolve("k8s/base/monitoring.yaml");
        String text = Files.readString(file);
        Files.writeString(file, text.substring(0, text.indexOf("---\n# Only the gateway calls monitoring")));

        assertThat(problems()).contains(
                "k8s overlay dev: monitoring: no NetworkPolicy selects its pods (app.kubernetes.io/name: monitoring); it needs one that "
                        + "admits only the gateway and allows egress to DNS, Mongo and Kafka")
                .anyMatch(p -> p.startsWith("k8s overlay prod: monitoring: no NetworkPolicy selects its pods"));
    }

    @Test
    void aNetworkPolicyThatAdmitsAnotherServiceOrEverything() throws IOException {
        edit("k8s/base/monitoring.yaml", "        - podSelector: { matchLabels: { app.kubernetes.io/name: gateway } }\n",
                "        - podSelector: { matchLabels: { app.kubernetes.io/name: plans } }\n");
        edit("k8s/base/plans.yaml", """
                    - from:
                        - podSelector: { matchLabels: { app.kubernetes.io/name: gateway } }
                        # identity's tenant lifecycle jobs: /api/platform/tenant-data (export, import, offboarding)
                        - podSelector: { matchLabels: { app.kubernetes.io/name: identity } }
                """, "    - from: []\n");

        assertThat(problems()).contains(
                "k8s overlay prod: monitoring: its NetworkPolicy admits [plans]; only the gateway may call it"
                        + " (and identity, for a tenant's export, import and offboarding)",
                "k8s overlay prod: monitoring: its NetworkPolicy does not admit the gateway on port http (8082)",
                "k8s overlay prod: plans: an ingress rule of its NetworkPolicy admits every source; admit only the gateway's pods");
    }

    @Test
    void aMisspelledField() throws IOException {
        edit("k8s/base/identity.yaml", "  replicas: 1\n", "  replicsa: 1\n");

        List<String> problems = problems();

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).startsWith("k8s/base/identity.yaml: Deployment identity: unknown field \"replicsa\" at spec.replicsa "
                + "(known there: minReadySeconds, paused, progressDeadlineSeconds, replicas,");
    }

    @Test
    void aMisspelledFieldInsideAContainerOrInCompose() throws IOException {
        edit("k8s/base/plans.yaml", "readOnlyRootFilesystem: true", "readOnlyRootFileSystem: true");
        edit("infra/compose.yaml", "  plans:\n    <<: *service\n    volumes:", "  plans:\n    <<: *service\n    volume:");

        assertThat(problems()).hasSize(1).first().asString().startsWith(
                "k8s/base/plans.yaml: Deployment plans: unknown field \"readOnlyRootFileSystem\" at "
                        + "spec.template.spec.containers[0].securityContext");
        edit("k8s/base/plans.yaml", "readOnlyRootFileSystem: true", "readOnlyRootFilesystem: true");
        assertThat(problems()).hasSize(1).first().asString().contains("compose.yaml: unknown field \"volume\" at services.plans.volume");
    }

    @Test
    void aNewServiceModuleWithoutManifests() {
        List<BuildServices.Service> services = new ArrayList<>(BUILD.services());
        services.add(new BuildServices.Service("archive", "services/archive", "archive-service", true, true));
        BuildServices.Build withArchive = new BuildServices.Build(BUILD.version(), services);

        assertThat(new DeploymentRules(copy, withArchive).check()).containsExactlyInAnyOrder(
                "./run: SERVICES has no entry for archive (module services/archive): add "
                        + "\"archive|<port>|services/archive/target/archive-service-exec.jar|<its own environment variables>\"",
                "k8s overlay dev: archive: no Deployment named archive (add k8s/base/archive.yaml with a Deployment, Service and "
                        + "NetworkPolicy and list it in k8s/base/kustomization.yaml)",
                "k8s overlay dev: gateway: its NetworkPolicy allows no egress to archive (its http port)",
                "k8s overlay prod: archive: no Deployment named archive (add k8s/base/archive.yaml with a Deployment, Service and "
                        + "NetworkPolicy and list it in k8s/base/kustomization.yaml)",
                "k8s overlay prod: gateway: its NetworkPolicy allows no egress to archive (its http port)",
                "infra/compose.yaml: archive: no such service (add it like the others, mounting "
                        + "../services/archive/target/archive-service-exec.jar)");
    }

    @Test
    void anEnvironmentThatDiffersFromRun() throws IOException {
        edit("run", "\"plans|8081|services/plans/target/plans-service-exec.jar|\"",
                "\"plans|8081|services/plans/target/plans-service-exec.jar|ARIADNE_PLANS_IMPORT_THREADS\"");

        assertThat(problems()).containsExactly(
                "k8s overlay dev: plans: k8s does not set ARIADNE_PLANS_IMPORT_THREADS, which ./run gives it "
                        + "(run: SHARED_ENV and its SERVICES entry)",
                "k8s overlay prod: plans: k8s does not set ARIADNE_PLANS_IMPORT_THREADS, which ./run gives it "
                        + "(run: SHARED_ENV and its SERVICES entry)",
                "infra/compose.yaml: plans: compose does not set ARIADNE_PLANS_IMPORT_THREADS, which ./run gives it "
                        + "(run: SHARED_ENV and its SERVICES entry)");
    }

    @Test
    void prodWithoutADisruptionBudgetOrAutoscaler() throws IOException {
        edit("k8s/overlays/prod/kustomization.yaml", "  - hpa.yaml\n  - pdb.yaml\n", "");

        assertThat(problems()).contains(
                "k8s overlay prod: gateway: no PodDisruptionBudget selects its pods (add one to k8s/overlays/prod/pdb.yaml)",
                "k8s overlay prod: gateway: no HorizontalPodAutoscaler scales its Deployment (add one to k8s/overlays/prod/hpa.yaml)")
                .noneMatch(p -> p.startsWith("k8s overlay dev"));
    }

    @Test
    void aKustomizeFeatureTheCheckDoesNotKnow() throws IOException {
        edit("k8s/overlays/dev/kustomization.yaml", "namespace: ariadne-dev\n",
                "namespace: ariadne-dev\nconfigMapGenerator:\n  - name: extra\n    literals: [A=b]\n");

        assertThat(problems()).anyMatch(p -> p.endsWith("k8s/overlays/dev/kustomization.yaml: the kustomize feature \"configMapGenerator\" is "
                + "not supported by tests/deployment's renderer (supported: resources, patches, patchesStrategicMerge, namespace, commonLabels, "
                + "labels, images); extend org.ariadne.deployment.Kustomize first"));
    }

    @Test
    void aPatchThatMissesItsTarget() throws IOException {
        edit("k8s/overlays/prod/kustomization.yaml", "path: /spec/replicas", "path: /spec/replica/count");

        assertThat(problems()).anyMatch(p -> p.contains("JSON patch path /spec/replica/count does not exist in Deployment identity"));
    }

    @Test
    void topicsThatDisagreeWithTheServices() throws IOException {
        edit("k8s/base/configmap.yaml", "ARIADNE_MESSAGING_PARTITIONS: \"12\"", "ARIADNE_MESSAGING_PARTITIONS: \"6\"");

        assertThat(problems()).contains("k8s/platform/topics.yaml: plans.events has partitions 12, but overlay prod tells the services 6 "
                + "(ConfigMap ariadne-env); the services would declare the topic differently");
    }

    private List<String> problems() {
        return new DeploymentRules(copy, BUILD).check();
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = copy.resolve(file);
        String text = Files.readString(path);
        assertThat(text).as("%s contains the text to change", file).contains(from);
        Files.writeString(path, text.replace(from, to));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            paths.forEach(source -> {
                try {
                    Path target = to.resolve(from.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
