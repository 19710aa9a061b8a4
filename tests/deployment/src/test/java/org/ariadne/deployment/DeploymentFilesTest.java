package org.ariadne.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The repository's k8s/, infra/compose.yaml and ./run, checked against the services the build packages. A service
 * module without its manifests, a missing probe or NetworkPolicy, or a misspelled field fails here with a message
 * that says what to add (DeploymentMistakesTest shows each).
 */
class DeploymentFilesTest {

    @Test
    void everyServiceOfTheBuildIsDeployableTheSameWayEverywhere() {
        Path root = DeploymentFiles.root();
        BuildServices.Build build = BuildServices.read(root);

        List<String> problems = new DeploymentRules(root, build).check();

        System.out.printf("Deployment check: services %s, overlays %s%n", build.names(),
                DeploymentFiles.overlays(root).stream().map(p -> p.getFileName().toString()).toList());
        assertThat(problems).as("deployment files (k8s/, infra/compose.yaml, ./run):%n  %s", String.join("\n  ", problems)).isEmpty();
    }
}
