package org.ariadne.deployment;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Kubernetes manifests as typed fabric8 model objects, where a field the model does not know fails.
 * <p>
 * The fabric8 classes keep unknown fields in an {@code additionalProperties} map (a Jackson any-setter), so a typo
 * such as {@code replicsa} would pass silently; this mapper removes every any-setter, so Jackson's
 * {@code FAIL_ON_UNKNOWN_PROPERTIES} applies. Operator resources (Strimzi, the MongoDB operator) have no model on the
 * reachable Maven Central: their {@code metadata} is checked strictly and {@code KafkaTopic}'s spec by a record of
 * ours; the spec of the other operator kinds is not checked (see docs/operations.md).
 */
final class TypedManifests {

    private static final Map<String, Class<? extends HasMetadata>> KINDS = Map.of(
            "v1/ConfigMap", ConfigMap.class,
            "v1/Secret", Secret.class,
            "v1/Service", Service.class,
            "apps/v1/Deployment", Deployment.class,
            "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class);

    /** Operator resources whose spec no typed model covers. */
    private static final Set<String> OPERATOR_KINDS = Set.of(
            "kafka.strimzi.io/v1beta2/Kafka",
            "kafka.strimzi.io/v1beta2/KafkaNodePool",
            "mongodbcommunity.mongodb.com/v1/MongoDBCommunity");

    static final String KAFKA_TOPIC = "kafka.strimzi.io/v1beta2/KafkaTopic";

    static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .addModule(new SimpleModule("no-any-setters").setDeserializerModifier(new BeanDeserializerModifier() {
                @Override
                public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription description,
                        BeanDeserializerBuilder builder) {
                    builder.setAnySetter(null);
                    return builder;
                }
            }))
            .build();

    /** Strimzi's KafkaTopic spec, the fields k8s/platform uses (and the few others Strimzi documents). */
    record KafkaTopicSpec(String topicName, Integer partitions, Integer replicas, Map<String, Object> config) {
    }

    private TypedManifests() {
    }

    /** The typed object of one manifest; {@code origin} (a file, or "overlay prod") goes into every message. */
    static HasMetadata typed(ObjectNode manifest, String origin) {
        String apiVersion = manifest.path("apiVersion").asText("");
        String kind = manifest.path("kind").asText("");
        String key = apiVersion + "/" + kind;
        String name = manifest.path("metadata").path("name").asText("(no name)");
        String what = origin + ": " + kind + " " + name;
        if (apiVersion.isEmpty() || kind.isEmpty()) {
            throw new ManifestException(origin + ": a manifest without apiVersion or kind (" + name + ")");
        }
        Class<? extends HasMetadata> type = KINDS.get(key);
        if (type != null) {
            return convert(manifest, type, what);
        }
        if (OPERATOR_KINDS.contains(key) || KAFKA_TOPIC.equals(key)) {
            for (var field : manifest.properties()) {
                if (!Set.of("apiVersion", "kind", "metadata", "spec").contains(field.getKey())) {
                    throw new ManifestException(what + ": unknown field \"" + field.getKey() + "\" (known: apiVersion, kind, metadata, spec)");
                }
            }
            convert(manifest.path("metadata"), ObjectMeta.class, what + " metadata");
            if (KAFKA_TOPIC.equals(key)) {
                convert(manifest.path("spec"), KafkaTopicSpec.class, what + " spec");
            }
            // checked above; the generic resource keeps its spec as a map, which is what it is for
            return YamlFiles.JSON.convertValue(manifest, GenericKubernetesResource.class);
        }
        throw new ManifestException(what + ": no typed model for " + key + "; known kinds: "
                + KINDS.keySet().stream().sorted().collect(Collectors.joining(", ")) + " (extend TypedManifests to add one)");
    }

    static <T> T convert(JsonNode tree, Class<T> type, String what) {
        try {
            return STRICT.treeToValue(tree, type);
        } catch (UnrecognizedPropertyException e) {
            throw new ManifestException(what + ": unknown field \"" + e.getPropertyName() + "\" at " + path(e)
                    + " (known there: " + e.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                            .collect(Collectors.joining(", ")) + ")");
        } catch (JsonMappingException e) {
            throw new ManifestException(what + ": " + e.getOriginalMessage() + " at " + path(e));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ManifestException(what + ": " + e.getOriginalMessage());
        }
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
