package org.ariadne.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.ariadne.contracts.Contracts.Example;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Conformance: every golden example validates against the current schema of its type and round-trips
 * JSON → record → JSON → record without loss; every schema is a valid draft 2020-12 schema that describes exactly
 * the components of its record.
 */
class SchemaConformanceTest {

    static List<Example> examples() {
        return Contracts.examples();
    }

    static Stream<String> types() {
        return EventTypes.all().keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    @DisplayName("example validates against the current schema of its type")
    void exampleValidatesAgainstItsSchema(Example example) {
        assertThat(EventTypes.classOf(example.type())).as("type of %s is registered", example).isPresent();

        assertThat(Contracts.validate(Contracts.currentSchema(example.type()), example.json()))
                .as("validation errors of %s against %s", example, Contracts.schemaPath(example.type()))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    @DisplayName("example round-trips JSON → record → JSON → record without loss")
    void exampleRoundTripsThroughItsRecord(Example example) throws Exception {
        Class<? extends DomainEvent> recordClass = EventTypes.classOf(example.type()).orElseThrow();

        DomainEvent event = Contracts.STRICT.treeToValue(example.json(), recordClass);
        JsonNode written = Contracts.STRICT.valueToTree(event);
        DomainEvent readBack = Contracts.STRICT.treeToValue(written, recordClass);

        assertThat(Contracts.withoutNulls(written)).as("%s re-serialised", example)
                .isEqualTo(Contracts.withoutNulls(example.json()));
        assertThat(readBack).as("%s read back", example).isEqualTo(event);
        assertThat(event.tenantId()).as("tenant of %s", example).isEqualTo(example.json().path("tenantId").asText());
        // what a producer writes must itself be valid
        assertThat(Contracts.validate(Contracts.currentSchema(example.type()), written)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    @DisplayName("a tolerant reader accepts an example with a field added later in the same major version")
    void tolerantReaderIgnoresAdditiveFields(Example example) throws Exception {
        Class<? extends DomainEvent> recordClass = EventTypes.classOf(example.type()).orElseThrow();
        ObjectNode newer = example.json().deepCopy();
        newer.put("fieldAddedInALaterMinorRelease", "ignored by v1 readers");

        assertThat(Contracts.validate(Contracts.currentSchema(example.type()), newer)).isEmpty();
        assertThat(Contracts.TOLERANT.treeToValue(newer, recordClass))
                .isEqualTo(Contracts.STRICT.treeToValue(example.json(), recordClass));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    @DisplayName("schema is a valid draft 2020-12 schema with the agreed header")
    void schemaIsWellFormed(String type) {
        JsonNode schema = Contracts.currentSchema(type);

        assertThat(Contracts.validateAgainstMetaSchema(schema)).as("meta-schema errors of %s", type).isEmpty();
        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("$id").asText()).isEqualTo(Contracts.SCHEMA_ID_PREFIX + type);
        assertThat(schema.path("title").asText()).isNotBlank();
        assertThat(schema.path("description").asText()).isNotBlank();
        assertThat(schema.path("type").asText()).isEqualTo("object");
        assertThat(schema.path("additionalProperties").isBoolean() && schema.path("additionalProperties").asBoolean())
                .as("%s: additionalProperties must be true (tolerant readers, additive evolution)", type).isTrue();
        assertThat(schema.has("$comment")).as("%s: $comment lists removed field names (or 'none')", type).isTrue();
        assertThat(schema.at("/properties/tenantId/pattern").asText()).isEqualTo("^[a-z]{2}(-[a-z0-9]{1,8})?$");
        schema.path("properties").fields().forEachRemaining(p -> {
            assertThat(p.getValue().path("description").asText()).as("%s.%s has a description", type, p.getKey())
                    .isNotBlank();
            if (Contracts.typesOf(p.getValue()).contains("array")) {
                assertThat(Contracts.typesOf(p.getValue().path("items"))).as("%s.%s has an item type", type, p.getKey())
                        .isNotEmpty();
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    @DisplayName("schema describes exactly the record's components; only nullable ones are optional")
    void schemaMatchesRecord(String type) {
        Class<? extends DomainEvent> recordClass = EventTypes.classOf(type).orElseThrow();
        JsonNode schema = Contracts.currentSchema(type);
        RecordComponent[] components = recordClass.getRecordComponents();
        Set<String> componentNames = new TreeSet<>(Arrays.stream(components).map(RecordComponent::getName).toList());

        assertThat(Contracts.propertyNamesOf(schema)).as("properties of %s", type).isEqualTo(componentNames);
        assertThat(componentNames).as("required of %s", type).containsAll(Contracts.requiredOf(schema));
        for (RecordComponent c : components) {
            JsonNode property = schema.path("properties").path(c.getName());
            Set<String> jsonTypes = Contracts.typesOf(property);
            boolean required = Contracts.requiredOf(schema).contains(c.getName());
            if (!required) {
                assertThat(jsonTypes).as("%s.%s is optional, so it must allow null", type, c.getName()).contains("null");
            }
            if (c.getType().isPrimitive()) {
                assertThat(required).as("%s.%s is a primitive, so it must be required", type, c.getName()).isTrue();
            }
            assertThat(jsonTypes).as("JSON type of %s.%s (%s)", type, c.getName(), c.getType().getSimpleName())
                    .contains(jsonTypeOf(c.getType()));
        }
    }

    private static String jsonTypeOf(Class<?> javaType) {
        if (javaType == String.class) {
            return "string";
        }
        if (javaType == int.class || javaType == long.class || javaType == Integer.class || javaType == Long.class) {
            return "integer";
        }
        if (javaType == boolean.class || javaType == Boolean.class) {
            return "boolean";
        }
        if (List.class.isAssignableFrom(javaType)) {
            return "array";
        }
        return "object";
    }

    /** The schemas must reject what they are meant to reject, or the conformance tests above prove nothing. */
    static Stream<Arguments> invalidVariants() {
        return Stream.of(
                invalid(EventTypes.ACTIVITY_ADDED, "tenant id in upper case", n -> n.put("tenantId", "BA-04")),
                invalid(EventTypes.ACTIVITY_ADDED, "tenant id with an underscore", n -> n.put("tenantId", "ba_04")),
                invalid(EventTypes.ACTIVITY_ADDED, "missing planId", n -> n.remove("planId")),
                invalid(EventTypes.ACTIVITY_ADDED, "empty activityId", n -> n.put("activityId", "")),
                invalid(EventTypes.ACTIVITY_ADDED, "lead institution not a string",
                        n -> n.putArray("leadInstitutions").add(42)),
                invalid(EventTypes.ACTIVITY_CHANGED, "missing leadInstitutions", n -> n.remove("leadInstitutions")),
                invalid(EventTypes.NODE_ADDED, "level 0", n -> n.put("level", 0)),
                invalid(EventTypes.NODE_ADDED, "level as a string", n -> n.put("level", "1")),
                invalid(EventTypes.NODE_CHANGED, "parentId empty", n -> n.put("parentId", "")),
                invalid(EventTypes.PLAN_CREATED, "no level names", n -> n.putArray("levelNames")),
                invalid(EventTypes.TENANT_ONBOARDED, "currency in lower case", n -> n.put("currency", "bam")),
                invalid(EventTypes.TENANT_ONBOARDED, "no languages", n -> n.putArray("languages")),
                invalid(EventTypes.TENANT_SUSPENDED, "reason missing", n -> n.remove("reason")),
                invalid(EventTypes.TENANT_REACTIVATED, "tenant id missing", n -> n.remove("tenantId")),
                invalid(EventTypes.INSTITUTIONS_MERGED, "no survivor", n -> n.remove("survivorId")),
                invalid(EventTypes.INSTITUTION_REGISTERED, "unknown kind", n -> n.put("kind", "ministry_of_magic")),
                invalid(EventTypes.ALIAS_ADDED, "empty key", n -> n.put("key", "")),
                invalid(EventTypes.ACTIVITY_INSTITUTIONS_RESOLVED, "a part with an unknown outcome",
                        n -> ((ObjectNode) n.at("/names/0/parts/0")).put("outcome", "guessed")),
                invalid(EventTypes.FOLLOW_UP_TASK_ASSIGNED, "nobody assigned", n -> n.putArray("assigneeInstitutionIds")),
                invalid(EventTypes.MEETING_HELD, "a date that is neither ISO nor a year", n -> n.put("date", "29.07.2021")),
                invalid(EventTypes.RECOMMENDATION_STATUS_CHANGED, "no reason", n -> n.remove("reason")),
                invalid(EventTypes.ACTIVITY_ADDED, "a printed amount as a float in exponent notation",
                        n -> n.putArray("funding").addObject().put("amount", "1e999999999").put("currency", "BAM")),
                invalid(EventTypes.ACTIVITY_CHANGED, "a printed amount's currency in lower case",
                        n -> n.putArray("funding").addObject().put("amount", "130000").put("currency", "km")),
                invalid(EventTypes.ALLOCATION_SET, "an amount with 3 decimals", n -> n.put("amount", "130000.001")),
                invalid(EventTypes.ALLOCATION_SET, "an unknown status", n -> n.put("status", "approved")),
                invalid(EventTypes.TRANSACTION_RECORDED, "a negative amount (a reversal is its own event)",
                        n -> n.put("amount", "-129999.04")),
                invalid(EventTypes.TRANSACTION_RECORDED, "no value date", n -> n.remove("valueDate")),
                invalid(EventTypes.TRANSACTION_RECORDED, "a value date that is not a date", n -> n.put("valueDate", "31.12.2023")),
                invalid(EventTypes.ACTIVITY_LINKED, "a share above 100 %", n -> n.put("sharePct", "120")),
                invalid(EventTypes.BUDGET_LINE_CREATED, "a holder without a name", n -> n.putObject("holder")),
                invalid(EventTypes.BUDGET_LINE_CREATED, "a currency that is not ISO 4217 shaped", n -> n.put("currency", "KM")));
    }

    private static Arguments invalid(String type, String what, Consumer<ObjectNode> breakIt) {
        return Arguments.of(type, what, breakIt);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("invalidVariants")
    @DisplayName("schema rejects a broken variant of a golden example")
    void schemaRejectsBrokenVariant(String type, String what, Consumer<ObjectNode> breakIt) {
        ObjectNode broken = Contracts.examplesOf(type).get(0).json().deepCopy();
        breakIt.accept(broken);

        assertThat(Contracts.validate(Contracts.currentSchema(type), broken)).as(what).isNotEmpty();
    }

    @Test
    @DisplayName("the meta-schema check rejects a malformed schema")
    void metaSchemaCheckRejectsMalformedSchema() {
        ObjectNode malformed = Contracts.currentSchema(EventTypes.NODE_ADDED).deepCopy();
        ((ObjectNode) malformed.at("/properties/level")).put("minimum", "one");
        ((ObjectNode) malformed.at("/properties/code")).put("type", "text");

        assertThat(Contracts.validateAgainstMetaSchema(malformed)).isNotEmpty();
    }

    @Test
    @DisplayName("a top-level node may omit parentId or send it as null")
    void nullableParentMayBeAbsentOrNull() throws Exception {
        ObjectNode absent = Contracts.examplesOf(EventTypes.NODE_ADDED).stream()
                .filter(e -> e.json().path("parentId").isNull()).findFirst().orElseThrow().json().deepCopy();
        absent.remove("parentId");

        assertThat(Contracts.validate(Contracts.currentSchema(EventTypes.NODE_ADDED), absent)).isEmpty();
        assertThat(Contracts.STRICT.treeToValue(absent, org.ariadne.contracts.plans.v1.NodeAdded.class).parentId()).isNull();
    }
}
