package org.ariadne.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 6902 JSON Patch as kustomize applies it ({@code patches} whose content is a list of operations):
 * {@code add}, {@code replace}, {@code remove} and {@code test}. {@code move} and {@code copy} fail loudly.
 */
final class JsonPatch {

    private JsonPatch() {
    }

    static void apply(ObjectNode target, JsonNode operations, String origin) {
        for (JsonNode operation : operations) {
            String op = operation.path("op").asText("");
            String path = operation.path("path").asText(null);
            if (path == null) {
                throw new ManifestException(origin + ": a JSON patch operation without a path: " + operation);
            }
            List<String> tokens = tokens(path, origin);
            JsonNode parent = target;
            for (String token : tokens.subList(0, tokens.size() - 1)) {
                parent = child(parent, token);
                if (parent == null) {
                    throw new ManifestException(origin + ": JSON patch path " + path + " does not exist in "
                            + target.path("kind").asText() + " " + target.path("metadata").path("name").asText());
                }
            }
            String last = tokens.get(tokens.size() - 1);
            switch (op) {
                case "add" -> add(parent, last, value(operation, origin), path, origin);
                case "replace" -> {
                    requireExisting(parent, last, path, origin, target);
                    set(parent, last, value(operation, origin));
                }
                case "remove" -> {
                    requireExisting(parent, last, path, origin, target);
                    if (parent instanceof ObjectNode object) {
                        object.remove(last);
                    } else {
                        ((ArrayNode) parent).remove(Integer.parseInt(last));
                    }
                }
                case "test" -> {
                    if (!value(operation, origin).equals(child(parent, last))) {
                        throw new ManifestException(origin + ": JSON patch test failed at " + path);
                    }
                }
                default -> throw new ManifestException(origin + ": JSON patch operation \"" + op
                        + "\" is not supported here (add, replace, remove, test)");
            }
        }
    }

    private static JsonNode value(JsonNode operation, String origin) {
        if (!operation.has("value")) {
            throw new ManifestException(origin + ": JSON patch operation without a value: " + operation);
        }
        return operation.get("value").deepCopy();
    }

    private static void add(JsonNode parent, String token, JsonNode value, String path, String origin) {
        if (parent instanceof ObjectNode object) {
            object.set(token, value);
        } else if (parent instanceof ArrayNode array) {
            if ("-".equals(token)) {
                array.add(value);
            } else {
                int index = index(token, path, origin);
                if (index > array.size()) {
                    throw new ManifestException(origin + ": JSON patch index out of range at " + path);
                }
                array.insert(index, value);
            }
        } else {
            throw new ManifestException(origin + ": JSON patch path " + path + " goes through a scalar");
        }
    }

    private static void set(JsonNode parent, String token, JsonNode value) {
        if (parent instanceof ObjectNode object) {
            object.set(token, value);
        } else {
            ((ArrayNode) parent).set(Integer.parseInt(token), value);
        }
    }

    private static void requireExisting(JsonNode parent, String token, String path, String origin, JsonNode target) {
        if (child(parent, token) == null) {
            throw new ManifestException(origin + ": JSON patch path " + path + " does not exist in "
                    + target.path("kind").asText() + " " + target.path("metadata").path("name").asText());
        }
    }

    private static JsonNode child(JsonNode parent, String token) {
        if (parent instanceof ObjectNode object) {
            return object.get(token);
        }
        if (parent instanceof ArrayNode array && token.matches("\\d+")) {
            int index = Integer.parseInt(token);
            return index < array.size() ? array.get(index) : null;
        }
        return null;
    }

    private static int index(String token, String path, String origin) {
        if (!token.matches("\\d+")) {
            throw new ManifestException(origin + ": JSON patch path " + path + " needs an array index, not " + token);
        }
        return Integer.parseInt(token);
    }

    private static List<String> tokens(String path, String origin) {
        if (!path.startsWith("/") || path.length() < 2) {
            throw new ManifestException(origin + ": JSON patch path \"" + path + "\" must start with / and name a field");
        }
        List<String> tokens = new ArrayList<>();
        for (String raw : path.substring(1).split("/", -1)) {
            tokens.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }
}
