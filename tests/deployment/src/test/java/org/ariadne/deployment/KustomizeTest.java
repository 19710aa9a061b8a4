package org.ariadne.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kustomize subset on small inputs: what kubectl kustomize would render for the same files. */
class KustomizeTest {

    @TempDir
    Path dir;

    @Test
    void anOverlayPatchesRelabelsRetagsAndMovesTheBase() throws IOException {
        write("base/kustomization.yaml", "resources: [app.yaml]\nimages:\n  - { name: ariadne/app, newTag: '1.0' }\n");
        write("base/app.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: { name: app }
                spec:
                  replicas: 1
                  selector: { matchLabels: { app: app } }
                  template:
                    metadata: { labels: { app: app } }
                    spec:
                      containers:
                        - name: app
                          image: ariadne/app
                          env: [{ name: A, value: "1" }]
                        - { name: sidecar, image: busybox }
                """);
        write("prod/kustomization.yaml", """
                namespace: prod
                commonLabels: { team: ops }
                resources: [../base]
                images:
                  - { name: ariadne/app, newName: registry.example/app, newTag: '2.0' }
                patches:
                  - target: { kind: Deployment, name: app }
                    patch: |-
                      - { op: replace, path: /spec/replicas, value: 3 }
                      - { op: add, path: /spec/template/spec/containers/0/env/-, value: { name: B, value: "2" } }
                  - patch: |-
                      apiVersion: apps/v1
                      kind: Deployment
                      metadata: { name: app }
                      spec:
                        template:
                          spec:
                            containers:
                              - name: app
                                env: [{ name: A, value: "changed" }]
                """);

        ObjectNode app = Kustomize.render(dir.resolve("prod")).get(0);

        assertThat(app.at("/metadata/namespace").asText()).isEqualTo("prod");
        assertThat(app.at("/spec/replicas").asInt()).isEqualTo(3);
        assertThat(app.at("/spec/selector/matchLabels/team").asText()).isEqualTo("ops");
        assertThat(app.at("/spec/template/metadata/labels/team").asText()).isEqualTo("ops");
        assertThat(app.at("/spec/template/spec/containers/0/image").asText()).isEqualTo("registry.example/app:2.0");
        assertThat(app.at("/spec/template/spec/containers/0/env").toString())
                .isEqualTo("[{\"name\":\"A\",\"value\":\"changed\"},{\"name\":\"B\",\"value\":\"2\"}]");
        assertThat(app.at("/spec/template/spec/containers/1/image").asText()).isEqualTo("busybox");
        assertThat(Kustomize.resourceFiles(dir.resolve("prod"))).containsExactly(dir.resolve("base/app.yaml"));
    }

    @Test
    void whatTheRendererDoesNotKnowFailsLoudly() throws IOException {
        write("k/kustomization.yaml", "resources: [https://example.org/x.yaml]\n");
        assertThatThrownBy(() -> Kustomize.render(dir.resolve("k")))
                .hasMessageContaining("remote resource https://example.org/x.yaml is not supported");

        write("k/kustomization.yaml",
                "resources: [a.yaml]\npatches:\n  - target: { kind: Service }\n    patch: '[{op: move, from: /a, path: /b}]'\n");
        write("k/a.yaml", "apiVersion: v1\nkind: Service\nmetadata: { name: a }\n");
        assertThatThrownBy(() -> Kustomize.render(dir.resolve("k"))).hasMessageContaining("JSON patch operation \"move\" is not supported here");

        write("k/kustomization.yaml", "resources: [a.yaml]\nreplicas: [{ name: a, count: 2 }]\n");
        assertThatThrownBy(() -> Kustomize.render(dir.resolve("k"))).hasMessageContaining("the kustomize feature \"replicas\" is not supported");
    }

    @Test
    void aKeyGivenTwiceIsAnError() throws IOException {
        write("twice.yaml", "apiVersion: v1\nkind: Service\nmetadata: { name: a }\nmetadata: { name: b }\n");
        assertThatThrownBy(() -> YamlFiles.documents(dir.resolve("twice.yaml"))).hasMessageContaining("duplicate key metadata");
    }

    @Test
    void aTypedManifestRefusesWrongTypesAndUnknownKinds() {
        ObjectNode wrongType = (ObjectNode) YamlFiles.parse(
                "{apiVersion: apps/v1, kind: Deployment, metadata: {name: a}, spec: {replicas: two}}", "t");
        assertThatThrownBy(() -> TypedManifests.typed(wrongType, "t")).hasMessageContaining("t: Deployment a:").hasMessageContaining("spec.replicas");
        ObjectNode unknownKind = (ObjectNode) YamlFiles.parse("{apiVersion: batch/v1, kind: CronJob, metadata: {name: a}}", "t");
        assertThatThrownBy(() -> TypedManifests.typed(unknownKind, "t")).hasMessageContaining("no typed model for batch/v1/CronJob");
    }

    private void write(String file, String text) throws IOException {
        Path path = dir.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }
}
