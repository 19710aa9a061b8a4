package org.ariadne.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Backward compatibility against the frozen released schemas in {@code released/<ce_type>.schema.json}.
 *
 * <p>Within a major version a schema may only grow: new optional properties, relaxed {@code required}. Releasing
 * means copying the current schema to {@code released/}; a released file and a golden example are never edited.
 * A breaking change is a new type with the next major ({@code plans.ActivityAdded.v2}), emitted next to the old one.
 */
class BackwardCompatibilityTest {

    static List<String> releasedTypes() {
        return Contracts.releasedTypes();
    }

    @Test
    @DisplayName("there is a released schema to compare with")
    void somethingIsReleased() {
        assertThat(releasedTypes()).isNotEmpty().allMatch(t -> t.matches(Contracts.TYPE_PATTERN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("releasedTypes")
    @DisplayName("a released type is still registered and has a current schema with the same $id")
    void releasedTypeStillExists(String type) {
        assertThat(EventTypes.classOf(type)).as("%s is still registered in EventTypes", type).isPresent();
        assertThat(Contracts.exists(Contracts.schemaPath(type))).as("current schema %s", Contracts.schemaPath(type))
                .isTrue();
        assertThat(Contracts.currentSchema(type).path("$id").asText())
                .isEqualTo(Contracts.releasedSchema(type).path("$id").asText())
                .isEqualTo(Contracts.SCHEMA_ID_PREFIX + type);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("releasedTypes")
    @DisplayName("every example validates against the current AND the released schema")
    void examplesValidateAgainstCurrentAndReleased(String type) {
        JsonNode current = Contracts.currentSchema(type);
        JsonNode released = Contracts.releasedSchema(type);
        List<Contracts.Example> examples = Contracts.examplesOf(type);

        assertThat(examples).as("examples of %s", type).isNotEmpty();
        for (Contracts.Example example : examples) {
            assertThat(Contracts.validate(current, example.json())).as("%s against the current schema", example)
                    .isEmpty();
            assertThat(Contracts.validate(released, example.json())).as("%s against the released schema", example)
                    .isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("releasedTypes")
    @DisplayName("current required ⊆ released required (no new required field within a major)")
    void noNewRequiredFields(String type) {
        assertThat(newlyRequired(Contracts.releasedSchema(type), Contracts.currentSchema(type)))
                .as("fields of %s required now but not in the released schema", type)
                .isEmpty();
    }

    private static Set<String> newlyRequired(JsonNode released, JsonNode current) {
        Set<String> added = new TreeSet<>(Contracts.requiredOf(current));
        added.removeAll(Contracts.requiredOf(released));
        return added;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("releasedTypes")
    @DisplayName("no released property was removed or changed its type (additive only within a major)")
    void releasedPropertiesAreKept(String type) {
        List<String> problems = new ArrayList<>();
        compare(type, "", Contracts.releasedSchema(type), Contracts.currentSchema(type), problems);

        assertThat(problems).as("incompatible changes in %s since its release", type).isEmpty();
    }

    /** Walks the released schema's properties (and array items) and reports what the current schema lost or retyped. */
    private static void compare(String type, String path, JsonNode released, JsonNode current, List<String> problems) {
        if (!Contracts.typesOf(released).equals(Contracts.typesOf(current))) {
            problems.add(type + (path.isEmpty() ? "" : " " + path) + ": type " + Contracts.typesOf(released) + " → "
                    + Contracts.typesOf(current));
        }
        released.path("properties").fields().forEachRemaining(p -> {
            String at = path + "/" + p.getKey();
            JsonNode now = current.path("properties").path(p.getKey());
            if (now.isMissingNode()) {
                problems.add(type + " " + at + ": removed");
            } else {
                compare(type, at, p.getValue(), now, problems);
            }
        });
        if (released.has("items")) {
            compare(type, path + "[]", released.path("items"), current.path("items"), problems);
        }
    }

    static Stream<String> currentTypes() {
        return EventTypes.all().keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("currentTypes")
    @DisplayName("removed field names are listed in $comment and never reused")
    void removedFieldNamesAreNeverReused(String type) {
        JsonNode schema = Contracts.currentSchema(type);
        Set<String> removedHere = Contracts.removedFieldsOf(schema);

        assertThat(common(Contracts.propertyNamesOf(schema), removedHere)).as("%s reuses a removed field name", type)
                .isEmpty();

        // every earlier major of the same event: what it had and this one lacks must be listed as removed here,
        // and what an earlier major removed may not come back
        String name = EventTypes.nameOf(type);
        int major = EventTypes.majorOf(type);
        for (String earlier : EventTypes.all().keySet()) {
            if (!EventTypes.nameOf(earlier).equals(name) || EventTypes.majorOf(earlier) >= major) {
                continue;
            }
            JsonNode earlierSchema = Contracts.currentSchema(earlier);
            Set<String> dropped = new TreeSet<>(Contracts.propertyNamesOf(earlierSchema));
            dropped.removeAll(Contracts.propertyNamesOf(schema));
            assertThat(removedHere).as("%s must list the fields it dropped from %s in its $comment", type, earlier)
                    .containsAll(dropped);
            assertThat(common(Contracts.propertyNamesOf(schema), Contracts.removedFieldsOf(earlierSchema)))
                    .as("%s reuses a name removed by %s", type, earlier).isEmpty();
        }
    }

    private static Set<String> common(Set<String> a, Set<String> b) {
        Set<String> both = new TreeSet<>(a);
        both.retainAll(b);
        return both;
    }

    @Test
    @DisplayName("the compatibility check itself catches a removed property, a retyped property and a new required one")
    void checkCatchesBreakingChanges() {
        JsonNode released = Contracts.releasedSchema(EventTypes.NODE_ADDED);

        ObjectNode removed = released.deepCopy();
        ((ObjectNode) removed.path("properties")).remove("code");
        List<String> problems = new ArrayList<>();
        compare("t", "", released, removed, problems);
        assertThat(problems).containsExactly("t /code: removed");

        ObjectNode retyped = released.deepCopy();
        ((ObjectNode) retyped.at("/properties/level")).put("type", "string");
        problems.clear();
        compare("t", "", released, retyped, problems);
        assertThat(problems).containsExactly("t /level: type [integer] → [string]");

        ObjectNode itemRetyped = Contracts.releasedSchema(EventTypes.ACTIVITY_ADDED).deepCopy();
        ((ObjectNode) itemRetyped.at("/properties/leadInstitutions/items")).put("type", "object");
        problems.clear();
        compare("t", "", Contracts.releasedSchema(EventTypes.ACTIVITY_ADDED), itemRetyped, problems);
        assertThat(problems).containsExactly("t /leadInstitutions[]: type [string] → [object]");

        ObjectNode newRequired = released.deepCopy();
        ((com.fasterxml.jackson.databind.node.ArrayNode) newRequired.get("required")).add("parentId");
        assertThat(newlyRequired(released, newRequired)).containsExactly("parentId");
        assertThat(newlyRequired(newRequired, released)).as("relaxing required is allowed").isEmpty();
    }
}
