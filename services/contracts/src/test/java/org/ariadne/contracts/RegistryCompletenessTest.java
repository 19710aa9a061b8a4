package org.ariadne.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every event record is registered, named by the rules, and has a schema, examples and a catalogue entry; nothing
 * exists for a type that is not registered. Fails the build when one of them is forgotten.
 */
class RegistryCompletenessTest {

    private static final String BASE_PACKAGE = "org.ariadne.contracts";

    /** Every concrete class under org.ariadne.contracts that implements DomainEvent, from the compiled classes. */
    static List<Class<?>> eventClassesOnDisk() throws IOException, URISyntaxException {
        Path classes = Path.of(EventTypes.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(classes).as("compiled main classes").isDirectory();
        Path root = classes.resolve(BASE_PACKAGE.replace('.', '/'));
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                name = name.substring(0, name.length() - ".class".length());
                Class<?> c;
                try {
                    c = Class.forName(name, false, EventTypes.class.getClassLoader());
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(name, e);
                }
                if (DomainEvent.class.isAssignableFrom(c) && !c.isInterface() && !Modifier.isAbstract(c.getModifiers())) {
                    found.add(c);
                }
            }
        }
        return found;
    }

    @Test
    @DisplayName("every event class under org.ariadne.contracts is a record registered in EventTypes, and vice versa")
    void everyEventClassIsRegistered() throws Exception {
        List<Class<?>> onDisk = eventClassesOnDisk();

        assertThat(onDisk).as("event classes found by the scan").isNotEmpty();
        assertThat(onDisk).as("events are records").allMatch(Class::isRecord);
        List<Class<?>> registered = new ArrayList<>(EventTypes.all().values());
        assertThat(registered).as("classes registered in EventTypes").containsExactlyInAnyOrderElementsOf(onDisk);
        for (Class<?> c : onDisk) {
            assertThat(EventTypes.classOf(EventTypes.typeOf(c))).contains(c.asSubclass(DomainEvent.class));
        }
    }

    @Test
    @DisplayName("every ce_type constant in EventTypes is registered, and every registered type has a constant")
    void constantsAndRegistryAgree() throws IllegalAccessException {
        Set<String> constants = new TreeSet<>();
        for (Field f : EventTypes.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Modifier.isPublic(f.getModifiers()) && f.getType() == String.class
                    && !f.getName().endsWith("_TOPIC") && !f.getName().endsWith("_SUFFIX")) {
                constants.add((String) f.get(null));
            }
        }
        assertThat(constants).isEqualTo(new TreeSet<>(EventTypes.all().keySet()));
    }

    static Stream<String> types() {
        return EventTypes.all().keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    @DisplayName("type is <domain>.<EventName>.v<major>, matches its class and package, and goes to <domain>.events")
    void typeIsWellNamed(String type) throws IllegalAccessException {
        assertThat(type).matches(Contracts.TYPE_PATTERN);

        String domain = Contracts.domainOf(type);
        Class<? extends DomainEvent> c = EventTypes.classOf(type).orElseThrow();
        assertThat(c.getSimpleName()).as("class of %s", type).isEqualTo(Contracts.eventNameOf(type));
        assertThat(c.getPackageName()).as("package of %s", type)
                .isEqualTo(BASE_PACKAGE + "." + domain + ".v" + EventTypes.majorOf(type));
        assertThat(EventTypes.topicOf(type)).isEqualTo(domain + ".events").isIn(topicConstants());
    }

    private static Set<String> topicConstants() throws IllegalAccessException {
        Set<String> topics = new TreeSet<>();
        for (Field f : EventTypes.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getName().endsWith("_TOPIC")) {
                topics.add((String) f.get(null));
            }
        }
        return topics;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    @DisplayName("type has a schema at the expected path and at least one golden example")
    void typeHasSchemaAndExamples(String type) {
        assertThat(Contracts.exists(Contracts.schemaPath(type))).as("schema %s", Contracts.schemaPath(type)).isTrue();
        assertThat(Contracts.currentSchema(type).path("$id").asText()).isEqualTo(Contracts.SCHEMA_ID_PREFIX + type);
        assertThat(Contracts.examplesOf(type)).as("examples/%s/*.json", type).isNotEmpty();
    }

    @Test
    @DisplayName("no schema, example folder or released schema exists for an unregistered type")
    void noOrphans() throws IOException {
        Set<String> expectedSchemas = EventTypes.all().keySet().stream().map(Contracts::schemaPath)
                .collect(Collectors.toCollection(TreeSet::new));
        Path schemasDir = Contracts.classpathDir("schemas");
        Set<String> schemaFiles;
        try (Stream<Path> files = Files.walk(schemasDir)) {
            schemaFiles = files.filter(Files::isRegularFile)
                    .map(f -> "schemas/" + schemasDir.relativize(f).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(schemaFiles).as("schema files").isEqualTo(expectedSchemas);

        assertThat(Contracts.examples()).as("example folders name registered types")
                .allSatisfy(e -> assertThat(EventTypes.all()).containsKey(e.type()));
        assertThat(Contracts.releasedTypes()).as("released schemas name registered types")
                .allSatisfy(t -> assertThat(EventTypes.all()).containsKey(t));
    }

    @Test
    @DisplayName("docs/events/README.md lists every type with its schema path")
    void catalogueListsEveryType() throws IOException {
        // surefire runs in the module directory; the catalogue sits at the repository root
        Path catalogue = Path.of("").toAbsolutePath().resolve("../../docs/events/README.md").normalize();
        assertThat(catalogue).as("events catalogue").isRegularFile();
        String text = Files.readString(catalogue, StandardCharsets.UTF_8);

        for (String type : EventTypes.all().keySet()) {
            assertThat(text).as("catalogue entry for %s", type).contains("`" + type + "`");
            assertThat(text).as("schema path of %s in the catalogue", type).contains(Contracts.schemaPath(type));
            assertThat(text).as("topic of %s in the catalogue", type).contains(EventTypes.topicOf(type));
        }
    }
}
