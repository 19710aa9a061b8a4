package org.ariadne.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a kustomization the way {@code kubectl kustomize} does, for the features k8s/ uses: {@code resources} (files
 * and other kustomizations), {@code patches} (inline or from a file; JSON 6902 or strategic merge; with a target by
 * kind, name, group, version or label selector), {@code patchesStrategicMerge}, {@code namespace},
 * {@code commonLabels}, {@code labels} and {@code images}. Any other kustomize feature fails loudly: extend this class
 * before using it in k8s/.
 */
final class Kustomize {

    static final String FILE = "kustomization.yaml";

    /** Resource kinds that have no namespace. */
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition", "PriorityClass", "StorageClass", "PersistentVolume");

    record Kustomization(String apiVersion, String kind, String namespace, List<String> resources, List<Patch> patches,
            List<String> patchesStrategicMerge, List<Image> images, Map<String, String> commonLabels, List<Labels> labels) {
    }

    record Patch(String path, String patch, Target target) {
    }

    record Target(String group, String version, String kind, String name, String namespace, String labelSelector) {
    }

    record Image(String name, String newName, String newTag, String digest) {
    }

    record Labels(Map<String, String> pairs, Boolean includeSelectors, Boolean includeTemplates) {
    }

    private Kustomize() {
    }

    /** The resources a kustomization directory renders to, in order. */
    static List<ObjectNode> render(Path directory) {
        Path file = directory.resolve(FILE);
        Kustomization k = read(file);
        List<ObjectNode> resources = new ArrayList<>();
        for (String resource : list(k.resources())) {
            if (resource.contains("://") || resource.startsWith("github.com/")) {
                throw new ManifestException(file + ": remote resource " + resource + " is not supported here");
            }
            Path path = directory.resolve(resource).normalize();
            if (Files.isDirectory(path)) {
                resources.addAll(render(path));
            } else {
                resources.addAll(YamlFiles.documents(path));
            }
        }
        for (String patchFile : list(k.patchesStrategicMerge())) {
            Path path = directory.resolve(patchFile).normalize();
            for (ObjectNode patch : YamlFiles.documents(path)) {
                applyStrategicMerge(resources, patch, null, path.toString());
            }
        }
        for (Patch patch : list(k.patches())) {
            applyPatch(resources, patch, directory, file);
        }
        if (k.namespace() != null) {
            for (ObjectNode resource : resources) {
                if (!CLUSTER_SCOPED.contains(resource.path("kind").asText())) {
                    metadata(resource).put("namespace", k.namespace());
                }
            }
        }
        if (k.commonLabels() != null) {
            resources.forEach(resource -> addLabels(resource, k.commonLabels(), true, true));
        }
        for (Labels labels : list(k.labels())) {
            boolean selectors = Boolean.TRUE.equals(labels.includeSelectors());
            boolean templates = selectors || Boolean.TRUE.equals(labels.includeTemplates());
            resources.forEach(resource -> addLabels(resource, labels.pairs() == null ? Map.of() : labels.pairs(), templates, selectors));
        }
        for (Image image : list(k.images())) {
            if (image.name() == null) {
                throw new ManifestException(file + ": an images entry without a name");
            }
            resources.forEach(resource -> setImage(resource, image));
        }
        return resources;
    }

    /** The manifest files a kustomization includes, its own and those of the kustomizations it includes. */
    static List<Path> resourceFiles(Path directory) {
        List<Path> files = new ArrayList<>();
        for (String resource : list(read(directory.resolve(FILE)).resources())) {
            Path path = directory.resolve(resource).normalize();
            if (Files.isDirectory(path)) {
                resourceFiles(path).stream().filter(f -> !files.contains(f)).forEach(files::add);
            } else if (!files.contains(path)) {
                files.add(path);
            }
        }
        return files;
    }

    private static Kustomization read(Path file) {
        List<ObjectNode> documents = YamlFiles.documents(file);
        if (documents.size() != 1) {
            throw new ManifestException(file + ": a kustomization is one YAML document, found " + documents.size());
        }
        try {
            Kustomization k = TypedManifests.STRICT.treeToValue(documents.get(0), Kustomization.class);
            if (k.kind() != null && !"Kustomization".equals(k.kind())) {
                throw new ManifestException(file + ": kind " + k.kind() + " is not supported here (Kustomization)");
            }
            return k;
        } catch (UnrecognizedPropertyException e) {
            throw new ManifestException(file + ": the kustomize feature \"" + e.getPropertyName()
                    + "\" is not supported by tests/deployment's renderer (supported: resources, patches, patchesStrategicMerge, "
                    + "namespace, commonLabels, labels, images); extend org.ariadne.deployment.Kustomize first");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ManifestException(file + ": " + e.getOriginalMessage());
        }
    }

    private static void applyPatch(List<ObjectNode> resources, Patch patch, Path directory, Path file) {
        if ((patch.path() == null) == (patch.patch() == null)) {
            throw new ManifestException(file + ": a patch needs exactly one of path and patch");
        }
        String origin = patch.path() != null ? directory.resolve(patch.path()).normalize().toString() : file + " (inline patch)";
        JsonNode content = patch.path() != null
                ? YamlFiles.parse(YamlFiles.read(directory.resolve(patch.path())), origin)
                : YamlFiles.parse(patch.patch(), origin);
        if (content.isArray()) {
            if (patch.target() == null) {
                throw new ManifestException(origin + ": a JSON 6902 patch needs a target");
            }
            List<ObjectNode> targets = matching(resources, patch.target());
            if (targets.isEmpty()) {
                throw new ManifestException(origin + ": the patch target " + patch.target() + " matches no resource");
            }
            targets.forEach(target -> JsonPatch.apply(target, content, origin));
        } else if (content.isObject()) {
            applyStrategicMerge(resources, (ObjectNode) content, patch.target(), origin);
        } else {
            throw new ManifestException(origin + ": a patch is a list of JSON 6902 operations or a strategic merge mapping");
        }
    }

    private static void applyStrategicMerge(List<ObjectNode> resources, ObjectNode patch, Target target, String origin) {
        List<ObjectNode> targets = target != null ? matching(resources, target)
                : matching(resources, new Target(null, null, patch.path("kind").asText(null),
                        patch.path("metadata").path("name").asText(null), null, null));
        if (targets.isEmpty()) {
            throw new ManifestException(origin + ": the strategic merge patch matches no resource");
        }
        for (ObjectNode resource : targets) {
            ObjectNode body = patch.deepCopy();
            if (target != null) {
                // with an explicit target the patch's own kind and name only describe its shape
                body.remove("kind");
                body.remove("apiVersion");
                if (body.path("metadata").isObject()) {
                    ((ObjectNode) body.get("metadata")).remove("name");
                }
            }
            StrategicMerge.merge(resource, body, origin);
        }
    }

    private static List<ObjectNode> matching(List<ObjectNode> resources, Target target) {
        List<ObjectNode> matches = new ArrayList<>();
        for (ObjectNode resource : resources) {
            String apiVersion = resource.path("apiVersion").asText();
            String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
            String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
            if (matches(target.kind(), resource.path("kind").asText())
                    && matches(target.name(), resource.path("metadata").path("name").asText())
                    && matches(target.namespace(), resource.path("metadata").path("namespace").asText(""))
                    && matches(target.group(), group)
                    && matches(target.version(), version)
                    && labelsMatch(target.labelSelector(), resource.path("metadata").path("labels"))) {
                matches.add(resource);
            }
        }
        return matches;
    }

    /** kustomize matches target names and kinds as anchored regular expressions. */
    private static boolean matches(String pattern, String value) {
        return pattern == null || value.matches(pattern);
    }

    private static boolean labelsMatch(String selector, JsonNode labels) {
        if (selector == null) {
            return true;
        }
        for (String requirement : selector.split(",")) {
            String[] pair = requirement.trim().split("=", 2);
            if (pair.length != 2 || pair[0].endsWith("!")) {
                throw new ManifestException("label selector \"" + selector + "\": only key=value requirements are supported here");
            }
            if (!pair[1].trim().equals(labels.path(pair[0].trim()).asText(null))) {
                return false;
            }
        }
        return true;
    }

    private static void addLabels(ObjectNode resource, Map<String, String> labels, boolean templates, boolean selectors) {
        if (labels.isEmpty()) {
            return;
        }
        put(metadata(resource), "labels", labels);
        String kind = resource.path("kind").asText();
        JsonNode spec = resource.path("spec");
        if (!(spec instanceof ObjectNode specNode)) {
            return;
        }
        boolean workload = Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job").contains(kind);
        if (templates && workload && specNode.path("template").isObject()) {
            put(child((ObjectNode) specNode.get("template"), "metadata"), "labels", labels);
        }
        if (selectors) {
            switch (kind) {
                case "Service" -> put(specNode, "selector", labels);
                case "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "PodDisruptionBudget" -> {
                    put(child(specNode, "selector"), "matchLabels", labels);
                }
                case "NetworkPolicy" -> put(child(specNode, "podSelector"), "matchLabels", labels);
                default -> { }
            }
        }
    }

    private static void put(ObjectNode parent, String field, Map<String, String> labels) {
        ObjectNode map = child(parent, field);
        labels.forEach(map::put);
    }

    private static ObjectNode child(ObjectNode parent, String field) {
        if (!(parent.get(field) instanceof ObjectNode)) {
            parent.set(field, parent.objectNode());
        }
        return (ObjectNode) parent.get(field);
    }

    private static ObjectNode metadata(ObjectNode resource) {
        return child(resource, "metadata");
    }

    private static void setImage(ObjectNode resource, Image image) {
        JsonNode podSpec = resource.path("spec").path("template").path("spec");
        for (String list : List.of("containers", "initContainers")) {
            if (!(podSpec.get(list) instanceof ArrayNode containers)) {
                continue;
            }
            for (JsonNode container : containers) {
                String current = container.path("image").asText("");
                String name = current.replaceAll("@.*$", "").replaceAll(":[^:/]*$", "");
                if (!name.equals(image.name())) {
                    continue;
                }
                String tag = current.contains("@") ? "" : current.substring(name.length());
                String newName = image.newName() != null ? image.newName() : name;
                String suffix = image.digest() != null ? "@" + image.digest() : image.newTag() != null ? ":" + image.newTag() : tag;
                ((ObjectNode) container).put("image", newName + suffix);
            }
        }
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** The rendered resources keyed by "Kind/name", for lookups; a duplicate key fails like kustomize does. */
    static Map<String, ObjectNode> byKindAndName(List<ObjectNode> resources, String origin) {
        Map<String, ObjectNode> map = new LinkedHashMap<>();
        for (ObjectNode resource : resources) {
            String key = resource.path("kind").asText() + "/" + resource.path("metadata").path("name").asText();
            if (map.put(key, resource) != null) {
                throw new ManifestException(origin + ": " + key + " is defined twice");
            }
        }
        return map;
    }
}
