package org.ariadne.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * infra/compose.yaml as typed records of the Compose fields it uses, where an unknown field (a typo such as
 * {@code enviroment}) fails. Anchors and merge keys are resolved first; extension fields ({@code x-…}) are skipped.
 */
record ComposeFile(String name, Map<String, ComposeService> services, Map<String, Object> volumes) {

    record ComposeService(String image, String restart, List<String> entrypoint, List<String> command,
            Map<String, Object> environment, Object depends_on, Object deploy, List<String> volumes,
            Object healthcheck, List<String> ports) {
    }

    static ComposeFile read(Path file) {
        List<ObjectNode> documents = YamlFiles.documents(file);
        if (documents.size() != 1) {
            throw new ManifestException(file + ": a compose file is one YAML document, found " + documents.size());
        }
        ObjectNode tree = withoutExtensions(documents.get(0));
        return TypedManifests.convert(tree, ComposeFile.class, file.toString());
    }

    /** Service → the jar it mounts as /app/app.jar, for the services that run an Ariadne jar. */
    Map<String, String> serviceJars() {
        Map<String, String> jars = new LinkedHashMap<>();
        services.forEach((name, service) -> {
            for (String volume : service.volumes() == null ? List.<String>of() : service.volumes()) {
                String[] parts = volume.split(":");
                if (parts.length >= 2 && parts[1].equals("/app/app.jar")) {
                    jars.put(name, parts[0]);
                }
            }
        });
        return jars;
    }

    Set<String> environmentOf(String service) {
        Map<String, Object> environment = services.get(service).environment();
        return environment == null ? Set.of() : environment.keySet();
    }

    private static ObjectNode withoutExtensions(ObjectNode node) {
        ObjectNode copy = node.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.properties().removeIf(field -> field.getKey().startsWith("x-"));
            object.forEach(ComposeFile::strip);
        }
    }
}
