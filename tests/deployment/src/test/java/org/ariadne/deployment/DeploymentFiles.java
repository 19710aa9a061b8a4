package org.ariadne.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the deployment files are in the repository. */
final class DeploymentFiles {

    private DeploymentFiles() {
    }

    /** The repository root: the build passes it; run from the module folder, it is two levels up. */
    static Path root() {
        return Path.of(System.getProperty("ariadne.root", "../..")).toAbsolutePath().normalize();
    }

    /** Every overlay under k8s/overlays (each a kustomization), in name order. */
    static List<Path> overlays(Path root) {
        Path overlays = root.resolve("k8s/overlays");
        try (Stream<Path> children = Files.list(overlays)) {
            return children.filter(dir -> Files.isRegularFile(dir.resolve(Kustomize.FILE))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
