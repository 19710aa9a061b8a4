package org.ariadne.contracts;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Where the contract artefacts live and how the tests read them.
 *
 * <ul>
 *   <li>current schema: {@code schemas/<domain>/<EventName>.v<major>.schema.json} (main resources, shipped in the jar)</li>
 *   <li>golden examples: {@code examples/<ce_type>/*.json} (test resources, shipped in contracts-tests.jar)</li>
 *   <li>frozen released schemas: {@code released/<ce_type>.schema.json} (test resources; never edited)</li>
 * </ul>
 */
final class Contracts {

    static final String TYPE_PATTERN = "^[a-z]+\\.[A-Z][A-Za-z]+\\.v[0-9]+$";
    static final String SCHEMA_ID_PREFIX = "urn:ariadne:schema:";

    /** Strict mapper: a golden example with a field the record does not know is a broken example, not a tolerant read. */
    static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** What consumers configure: unknown (newer, additive) fields are ignored. */
    static final ObjectMapper TOLERANT = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();

    private Contracts() {
    }

    /** {@code plans.ActivityAdded.v1} → {@code schemas/plans/ActivityAdded.v1.schema.json}. */
    static String schemaPath(String type) {
        String[] parts = type.split("\\.");
        if (parts.length != 3) {
            throw new IllegalArgumentException("'" + type + "' is not <domain>.<EventName>.v<major>");
        }
        return "schemas/" + parts[0] + "/" + parts[1] + "." + parts[2] + ".schema.json";
    }

    static String releasedPath(String type) {
        return "released/" + type + ".schema.json";
    }

    static String domainOf(String type) {
        return type.substring(0, type.indexOf('.'));
    }

    static String eventNameOf(String type) {
        String name = EventTypes.nameOf(type);
        return name.substring(name.indexOf('.') + 1);
    }

    static boolean exists(String classpathResource) {
        return Contracts.class.getClassLoader().getResource(classpathResource) != null;
    }

    static JsonNode readResource(String classpathResource) {
        try (InputStream in = Contracts.class.getClassLoader().getResourceAsStream(classpathResource)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + classpathResource);
            }
            return STRICT.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(classpathResource, e);
        }
    }

    static JsonNode read(Path file) {
        try {
            return STRICT.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    static JsonNode currentSchema(String type) {
        return readResource(schemaPath(type));
    }

    static JsonNode releasedSchema(String type) {
        return readResource(releasedPath(type));
    }

    static JsonSchema compile(JsonNode schema) {
        return FACTORY.getSchema(schema, CONFIG);
    }

    /** Validation messages of {@code instance} against {@code schema}; empty = valid. */
    static Set<ValidationMessage> validate(JsonNode schema, JsonNode instance) {
        return compile(schema).validate(instance);
    }

    /** Validation messages of a schema document against the draft 2020-12 meta-schema. */
    static Set<ValidationMessage> validateAgainstMetaSchema(JsonNode schema) {
        return FACTORY.getSchema(SchemaLocation.of(SchemaId.V202012), CONFIG).validate(schema);
    }

    /** The directory a classpath folder was copied to (target/classes or target/test-classes). */
    static Path classpathDir(String folder) {
        URL url = Contracts.class.getClassLoader().getResource(folder);
        if (url == null) {
            throw new IllegalStateException("no classpath folder " + folder);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(url.toString(), e);
        }
    }

    /** A golden example: its type (the folder name), its file and its JSON. */
    record Example(String type, Path file, JsonNode json) {
        @Override
        public String toString() {
            return type + "/" + file.getFileName();
        }
    }

    static List<Example> examples() {
        Path root = classpathDir("examples");
        List<Example> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile).sorted().forEach(file -> {
                Path rel = root.relativize(file);
                if (rel.getNameCount() != 2 || !rel.toString().endsWith(".json")) {
                    throw new IllegalStateException("golden examples live in examples/<ce_type>/*.json, not at " + rel);
                }
                out.add(new Example(rel.getName(0).toString(), file, read(file)));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static List<Example> examplesOf(String type) {
        return examples().stream().filter(e -> e.type().equals(type)).toList();
    }

    /** Types with a frozen released schema, from the file names in {@code released/}. */
    static List<String> releasedTypes() {
        Path root = classpathDir("released");
        try (Stream<Path> files = Files.list(root)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".schema.json"))
                    .map(n -> n.substring(0, n.length() - ".schema.json".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON Schema {@code type} keyword as a set ({@code "string"} and {@code ["string"]} are the same). */
    static Set<String> typesOf(JsonNode propertySchema) {
        Set<String> types = new TreeSet<>();
        JsonNode type = propertySchema.path("type");
        if (type.isTextual()) {
            types.add(type.asText());
        } else if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        }
        return types;
    }

    static Set<String> requiredOf(JsonNode schema) {
        Set<String> required = new TreeSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        return required;
    }

    static Set<String> propertyNamesOf(JsonNode schema) {
        Set<String> names = new TreeSet<>();
        schema.path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    /**
     * Field names a schema declares as removed, from its {@code $comment}:
     * {@code "Removed fields (never reuse these names): a, b."} or {@code "…: none."}.
     */
    static Set<String> removedFieldsOf(JsonNode schema) {
        Set<String> removed = new TreeSet<>();
        String comment = schema.path("$comment").asText("");
        String marker = "Removed fields (never reuse these names):";
        int at = comment.indexOf(marker);
        if (at < 0) {
            return removed;
        }
        String list = comment.substring(at + marker.length());
        int end = list.indexOf('.');
        list = (end >= 0 ? list.substring(0, end) : list).trim();
        if (list.isEmpty() || list.equals("none")) {
            return removed;
        }
        for (String name : list.split(",")) {
            removed.add(name.trim());
        }
        return removed;
    }

    /**
     * A copy without null-valued object fields: a missing optional field and an explicit {@code null} mean the same
     * on the wire, so the round-trip comparison ignores the difference (a field added later in the same major version
     * serialises as {@code null} for an older example). A non-null value that gets lost still fails the comparison.
     */
    static JsonNode withoutNulls(JsonNode node) {
        JsonNode copy = node.deepCopy();
        stripNulls(copy);
        return copy;
    }

    private static void stripNulls(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getValue().isNull()) {
                    fields.remove();
                } else {
                    stripNulls(field.getValue());
                }
            }
        } else if (node.isArray()) {
            node.forEach(Contracts::stripNulls);
        }
    }
}
