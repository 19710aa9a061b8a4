package org.ariadne.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * The part of Kubernetes' strategic merge patch that manifests need: mappings merge recursively, {@code null} removes
 * a field, and the lists Kubernetes merges by key (containers, env, ports, volumes, volume mounts) merge element by
 * element; every other list is replaced. Patch directives ({@code $patch}, {@code $retainKeys} …) fail loudly.
 */
final class StrategicMerge {

    /** List field → the key its elements merge on (Kubernetes' patchMergeKey for the fields we use). */
    private static final Map<String, String> MERGE_KEYS = Map.of(
            "containers", "name",
            "initContainers", "name",
            "env", "name",
            "envFrom", "configMapRef",
            "volumes", "name",
            "volumeMounts", "mountPath",
            "ports", "containerPort");

    private StrategicMerge() {
    }

    static void merge(ObjectNode target, ObjectNode patch, String origin) {
        for (var field : patch.properties()) {
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (name.startsWith("$")) {
                throw new ManifestException(origin + ": strategic merge directive " + name + " is not supported here");
            }
            JsonNode existing = target.get(name);
            if (value.isNull()) {
                target.remove(name);
            } else if (value.isObject() && existing != null && existing.isObject()) {
                merge((ObjectNode) existing, (ObjectNode) value, origin);
            } else if (value.isArray() && existing != null && existing.isArray() && MERGE_KEYS.containsKey(name)) {
                mergeList((ArrayNode) existing, (ArrayNode) value, keyOf(name, (ArrayNode) value), origin);
            } else {
                target.set(name, value.deepCopy());
            }
        }
    }

    private static String keyOf(String field, ArrayNode patch) {
        // ports of a Service merge on "port", a container's on "containerPort"
        if ("ports".equals(field) && patch.size() > 0 && !patch.get(0).has("containerPort")) {
            return "port";
        }
        return MERGE_KEYS.get(field);
    }

    private static void mergeList(ArrayNode target, ArrayNode patch, String key, String origin) {
        for (JsonNode element : patch) {
            if (!element.isObject() || !element.has(key)) {
                throw new ManifestException(origin + ": a list element without its merge key \"" + key + "\": " + element);
            }
            ObjectNode match = null;
            for (JsonNode candidate : target) {
                if (candidate.isObject() && element.get(key).equals(candidate.get(key))) {
                    match = (ObjectNode) candidate;
                }
            }
            if (match == null) {
                target.add(element.deepCopy());
            } else {
                merge(match, (ObjectNode) element, origin);
            }
        }
    }
}
