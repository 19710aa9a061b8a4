package org.ariadne.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads YAML files into Jackson trees. SnakeYAML resolves anchors, aliases and merge keys ({@code <<: *service}) the
 * way Docker Compose and kubectl do; a key given twice in one mapping is an error, as it is for kubectl.
 */
final class YamlFiles {

    static final ObjectMapper JSON = new ObjectMapper();

    private YamlFiles() {
    }

    /** Every non-empty document of a (multi-document) YAML file, each a mapping. */
    static List<ObjectNode> documents(Path file) {
        String text = read(file);
        List<ObjectNode> documents = new ArrayList<>();
        try {
            for (Object document : yaml().loadAll(text)) {
                if (document == null) {
                    continue;
                }
                JsonNode tree = JSON.valueToTree(document);
                if (!tree.isObject()) {
                    throw new ManifestException(file + ": a document is not a mapping but " + tree.getNodeType());
                }
                documents.add((ObjectNode) tree);
            }
        } catch (YAMLException e) {
            throw new ManifestException(file + ": not valid YAML: " + e.getMessage());
        }
        return documents;
    }

    /** One YAML value given inline (a kustomize patch), as a tree. */
    static JsonNode parse(String text, String origin) {
        try {
            return JSON.valueToTree(yaml().load(text));
        } catch (YAMLException e) {
            throw new ManifestException(origin + ": not valid YAML: " + e.getMessage());
        }
    }

    static String read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ManifestException(file + " does not exist");
        }
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return new Yaml(new SafeConstructor(options));
    }
}
