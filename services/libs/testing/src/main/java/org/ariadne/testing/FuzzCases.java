package org.ariadne.testing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.ariadne.testing.OpenApiDocument.Operation;
import org.ariadne.testing.OpenApiDocument.Parameter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The hostile requests the fuzz suite sends for one operation, generated from the operation's part of the OpenAPI
 * document — deterministic, bounded, no randomness. Each case says whether the answer may be anything but a server
 * error ({@link Expect#SURVIVE}) or must be a refusal, because the document does not allow the input
 * ({@link Expect#REFUSE}). The one request the document describes as valid comes last.
 */
final class FuzzCases {

    /** At most this many cases per operation. */
    static final int MAX_CASES = 160;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String RAW = "__fuzz_raw__";
    private static final String UNKNOWN_ID = "fuzz-unknown-0000";
    private static final List<String> STRING_CANDIDATES = List.of("Fuzz", "x", "2024-01-31", "2024", "EUR", "BAM", "10.5", "1",
            "a", "AB", "1.1", "coordinator", "count", "truncate", ".", "bs", "implemented", "docx", "female", "zz-fuzz");
    private static final List<String> HOSTILE_PATH_VALUES = List.of("%00", "%2F", "%5C", "\\", "%ff%fe", "%c0%80", "%2e%2e",
            "..", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "x%0Ay", "%E2%80%AEx", "%20", "a".repeat(2_000));

    enum Expect { SURVIVE, REFUSE }

    record Header(String name, byte[] value) {
        static Header of(String name, String value) {
            return new Header(name, value.getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    /** One request: what it tries, the raw request target, extra headers, the body and the answer it must get. */
    record Case(String label, String method, String target, List<Header> headers, byte[] body, Expect expect, boolean valid) {

        String summary() {
            String bodyText = body == null ? "" : " " + new String(body, StandardCharsets.UTF_8);
            String line = method + " " + target + bodyText;
            return "[" + label + "] " + (line.length() > 300 ? line.substring(0, 300) + "…" : line);
        }
    }

    private final OpenApiDocument document;
    private final Map<String, String> ids;
    private final Map<String, String> validBodies;
    private final String tenant;

    FuzzCases(OpenApiDocument document, Map<String, String> ids, Map<String, String> validBodies, String tenant) {
        this.document = document;
        this.ids = ids;
        this.validBodies = validBodies;
        this.tenant = tenant;
    }

    List<Case> of(Operation operation) {
        List<Case> cases = new ArrayList<>();
        String path = path(operation, Map.of());
        String query = validQuery(operation);
        JsonNode bodySchema = operation.body() == null ? null : document.resolve(operation.body().jsonSchema());
        boolean jsonBody = bodySchema != null;
        byte[] validBody = jsonBody ? utf8(validJson(operation)) : null;
        List<Header> json = jsonBody ? List.of(Header.of("Content-Type", "application/json")) : List.of();

        if (jsonBody) {
            bodyCases(operation, bodySchema, path + query, json, cases);
            contentTypeCases(operation, path + query, validBody, cases);
        } else if (operation.body() != null) {
            rawBodyCases(operation, path + query, cases);
        }
        pathCases(operation, query, validBody, json, cases);
        queryCases(operation, path, validBody, json, cases);
        headerCases(operation, path + query, validBody, json, cases);
        cases.add(new Case("TRACE instead of " + operation.method(), "TRACE", path + query, List.of(), null, Expect.SURVIVE, false));
        cases.add(new Case("bracketed query name", operation.method(), path + append(query, "fuzz[$ne]=1"), json, validBody,
                Expect.REFUSE, false));
        cases.add(new Case("X-Tenant-Id twice", operation.method(), path + query, concat(json, List.of(Header.of("X-Tenant-Id", "me"))),
                validBody, Expect.SURVIVE, false));
        List<Case> bounded = new ArrayList<>(cases.subList(0, Math.min(cases.size(), MAX_CASES - 1)));
        // a file upload's valid content is the service's business: only JSON and body-less requests are described fully
        boolean describable = operation.body() == null || jsonBody;
        bounded.add(new Case("valid request", operation.method(), path + query, json, validBody, Expect.SURVIVE, describable));
        return bounded;
    }

    // ------------------------------------------------------------------------------------------------- bodies

    private void bodyCases(Operation operation, JsonNode schema, String target, List<Header> json, List<Case> cases) {
        String method = operation.method();
        boolean required = operation.body().required();
        JsonNode valid = validBodyNode(operation);
        String validText = valid.toString();
        cases.add(refuse("malformed JSON", method, target, json, "{\"a\":"));
        cases.add(refuse("trailing content", method, target, json, validText + " x"));
        cases.add(refuse("top-level array nested 5,000 deep", method, target, json, "[".repeat(5_000)));
        cases.add(refuse("top-level string", method, target, json, "\"text\""));
        cases.add(refuse("top-level number", method, target, json, "123"));
        cases.add(new Case("top-level null", method, target, json, utf8("null"), required ? Expect.REFUSE : Expect.SURVIVE, false));
        cases.add(new Case("empty body", method, target, json, new byte[0], required ? Expect.REFUSE : Expect.SURVIVE, false));
        if (!"object".equals(OpenApiDocument.typeOf(schema)) || !(valid instanceof ObjectNode object)) {
            cases.add(refuse("top-level object for " + OpenApiDocument.typeOf(schema), method, target, json, "{}"));
            return;
        }
        cases.add(refuse("top-level array", method, target, json, "[]"));
        ObjectNode unknown = object.deepCopy();
        unknown.put("fuzzUnknownField", 1);
        cases.add(refuse("unknown field", method, target, json, unknown.toString()));
        cases.add(new Case("unknown field, Accept: text/html", method, target,
                concat(json, List.of(Header.of("Accept", "text/html"))), utf8(unknown.toString()), Expect.REFUSE, false));
        Map<String, JsonNode> properties = properties(schema);
        if (!properties.isEmpty()) {
            String first = properties.keySet().iterator().next();
            JsonNode firstValue = object.has(first) ? object.get(first) : example(properties.get(first), first, 0);
            String duplicated = "{" + quote(first) + ":" + firstValue + "," + quote(first) + ":" + firstValue
                    + (object.isEmpty() ? "}" : "," + validText.substring(1));
            cases.add(refuse("field named twice", method, target, json, duplicated));
        }
        String stringField = properties.entrySet().stream().filter(e -> "string".equals(OpenApiDocument.typeOf(document.resolve(e.getValue()))))
                .map(Map.Entry::getKey).findFirst().orElse("fuzzUnknownField");
        ObjectNode marked = object.deepCopy();
        marked.put(stringField, RAW);
        byte[] invalidUtf8 = raw(marked, "\"\u00ff\u00fe\"").getBytes(StandardCharsets.ISO_8859_1);
        cases.add(new Case("invalid UTF-8 in " + stringField, method, target, json, invalidUtf8, Expect.REFUSE, false));
        cases.add(refuse("raw NUL in " + stringField, method, target, json, raw(marked, "\"a\u0000b\"")));

        List<String> required_ = requiredOf(schema);
        for (Map.Entry<String, JsonNode> property : properties.entrySet()) {
            String name = property.getKey();
            JsonNode propertySchema = document.resolve(property.getValue());
            boolean isRequired = required_.contains(name);
            if (isRequired) {
                ObjectNode without = object.deepCopy();
                without.remove(name);
                cases.add(refuse("without required " + name, method, target, json, without.toString()));
            }
            for (Mutation mutation : mutations(propertySchema, name, isRequired)) {
                ObjectNode mutated = object.deepCopy();
                mutated.put(name, RAW);
                cases.add(new Case(name + ": " + mutation.label(), method, target, json, utf8(raw(mutated, mutation.json())),
                        mutation.expect(), false));
            }
        }
    }

    private record Mutation(String label, String json, Expect expect) {
    }

    /** Values a property of this schema must refuse (or, where the document allows them, survive). */
    private List<Mutation> mutations(JsonNode schema, String name, boolean required) {
        List<Mutation> mutations = new ArrayList<>();
        String type = OpenApiDocument.typeOf(schema);
        boolean nullable = !required;
        mutations.add(new Mutation("null", "null", nullable ? Expect.SURVIVE : Expect.REFUSE));
        switch (type) {
            case "string" -> {
                mutations.add(new Mutation("number for text", "123", Expect.REFUSE));
                mutations.add(new Mutation("boolean for text", "true", Expect.REFUSE));
                mutations.add(new Mutation("object for text", "{}", Expect.REFUSE));
                mutations.add(new Mutation("array for text", "[\"x\"]", Expect.REFUSE));
                mutations.add(new Mutation("terminal escape", "\"\\u001B[31mred\"", Expect.REFUSE));
                mutations.add(new Mutation("NUL", "\"a\\u0000b\"", Expect.REFUSE));
                mutations.add(new Mutation("lone surrogate", "\"\\ud800\"", Expect.REFUSE));
                if (schema.has("maxLength")) {
                    int max = schema.get("maxLength").asInt();
                    mutations.add(new Mutation("longer than maxLength " + max, quote("x".repeat(Math.min(max + 1, 2_000_000))),
                            Expect.REFUSE));
                } else {
                    mutations.add(new Mutation("100,000 characters", quote("x".repeat(100_000)), Expect.SURVIVE));
                }
                if (schema.has("enum")) {
                    mutations.add(new Mutation("not in enum", "\"fuzz-not-listed\"", Expect.REFUSE));
                } else if (schema.has("pattern") && !matches(schema.get("pattern").asString(), "§fuzz§")) {
                    mutations.add(new Mutation("not matching pattern", "\"§fuzz§\"", Expect.REFUSE));
                }
                String format = schema.path("format").asString("");
                if (format.equals("date")) {
                    mutations.add(new Mutation("impossible date", "\"2025-02-30\"", Expect.REFUSE));
                    mutations.add(new Mutation("local date format", "\"31.01.2024\"", Expect.REFUSE));
                }
            }
            case "integer" -> {
                mutations.add(new Mutation("text for number", "\"1\"", Expect.REFUSE));
                mutations.add(new Mutation("fraction for whole number", "1.5", Expect.REFUSE));
                mutations.add(new Mutation("boolean for number", "true", Expect.REFUSE));
                mutations.add(new Mutation("1e999999", "1e999999", Expect.REFUSE));
                mutations.add(new Mutation("20 digits", "99999999999999999999", Expect.REFUSE));
                if (schema.has("minimum")) {
                    mutations.add(new Mutation("below minimum", String.valueOf(schema.get("minimum").asLong() - 1), Expect.REFUSE));
                }
                if (schema.has("maximum")) {
                    mutations.add(new Mutation("above maximum", String.valueOf(schema.get("maximum").asLong() + 1), Expect.REFUSE));
                }
            }
            case "number" -> {
                // a decimal may be sent as a string holding one ("24.50"); text that is no number may not
                mutations.add(new Mutation("text for number", "\"one\"", Expect.REFUSE));
                mutations.add(new Mutation("1e999999 as text", "\"1e999999\"", Expect.REFUSE));
                mutations.add(new Mutation("boolean for number", "true", Expect.REFUSE));
                mutations.add(new Mutation("1e999999", "1e999999", Expect.REFUSE));
                mutations.add(new Mutation("-1e999999", "-1e999999", Expect.REFUSE));
                mutations.add(new Mutation("1e-999999", "1e-999999", Expect.REFUSE));
                mutations.add(new Mutation("NaN", "NaN", Expect.REFUSE));
            }
            case "boolean" -> {
                mutations.add(new Mutation("text for boolean", "\"true\"", Expect.REFUSE));
                mutations.add(new Mutation("number for boolean", "1", Expect.REFUSE));
            }
            case "array" -> {
                JsonNode items = document.resolve(schema.path("items"));
                mutations.add(new Mutation("text for array", "\"x\"", Expect.REFUSE));
                mutations.add(new Mutation("object for array", "{}", Expect.REFUSE));
                mutations.add(new Mutation("nested 3,000 deep", "[".repeat(3_000) + "]".repeat(3_000), Expect.REFUSE));
                if ("string".equals(OpenApiDocument.typeOf(items))) {
                    mutations.add(new Mutation("number item", "[123]", Expect.REFUSE));
                    mutations.add(new Mutation("terminal escape item", "[\"\\u001B[31m\"]", Expect.REFUSE));
                }
                if (schema.has("maxItems")) {
                    int max = schema.get("maxItems").asInt();
                    JsonNode item = example(items, singular(name), 1);
                    mutations.add(new Mutation("more than maxItems " + max,
                            "[" + String.join(",", Collections.nCopies(Math.min(max + 1, 100_000), item.toString())) + "]",
                            Expect.REFUSE));
                }
            }
            case "object" -> {
                mutations.add(new Mutation("text for object", "\"x\"", Expect.REFUSE));
                mutations.add(new Mutation("array for object", "[]", Expect.REFUSE));
                if (schema.has("additionalProperties") && schema.get("additionalProperties").isObject()) {
                    mutations.add(new Mutation("control character in a key", "{\"\\u0007\":" + example(
                            document.resolve(schema.get("additionalProperties")), "value", 1) + "}", Expect.REFUSE));
                }
            }
            default -> {
            }
        }
        return mutations;
    }

    private void contentTypeCases(Operation operation, String target, byte[] validBody, List<Case> cases) {
        for (String contentType : List.of("*/*", "text/plain", "application/xml", "application/x-www-form-urlencoded")) {
            boolean accepted = operation.body().acceptsAnything() || operation.body().content().containsKey(contentType);
            cases.add(new Case("Content-Type " + contentType, operation.method(), target, List.of(Header.of("Content-Type", contentType)),
                    validBody, accepted ? Expect.SURVIVE : Expect.REFUSE, false));
        }
        cases.add(new Case("no Content-Type", operation.method(), target, List.of(), validBody,
                operation.body().acceptsAnything() ? Expect.SURVIVE : Expect.REFUSE, false));
        cases.add(new Case("Content-Type with charset", operation.method(), target,
                List.of(Header.of("Content-Type", "application/json; charset=utf-8")), validBody, Expect.SURVIVE, false));
    }

    /** Bodies that are not JSON (file uploads): garbage, nothing, wildcard and missing content types. */
    private void rawBodyCases(Operation operation, String target, List<Case> cases) {
        String method = operation.method();
        for (String contentType : List.of("*/*", "text/plain", "application/octet-stream", "application/json")) {
            cases.add(new Case("garbage as " + contentType, method, target, List.of(Header.of("Content-Type", contentType)),
                    new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, '{', '['}, Expect.SURVIVE, false));
        }
        cases.add(new Case("empty body", method, target, List.of(Header.of("Content-Type", "application/octet-stream")), new byte[0],
                Expect.SURVIVE, false));
        cases.add(new Case("no Content-Type", method, target, List.of(), utf8("{}"), Expect.SURVIVE, false));
    }

    // ------------------------------------------------------------------------------------------------- parameters

    private void pathCases(Operation operation, String query, byte[] body, List<Header> json, List<Case> cases) {
        for (Parameter parameter : operation.in("path")) {
            String name = parameter.name();
            if (name.equals("tenant")) {
                for (String value : List.of("zz", "%00", "ZZ-FUZZ", "a".repeat(300))) {
                    cases.add(new Case("tenant " + shorten(value), operation.method(), path(operation, Map.of(name, value)) + query,
                            json, body, Expect.REFUSE, false));
                }
                continue;
            }
            List<String> values = new ArrayList<>(HOSTILE_PATH_VALUES);
            values.add(UNKNOWN_ID);
            for (String value : values) {
                cases.add(new Case(name + " " + shorten(value), operation.method(), path(operation, Map.of(name, value)) + query,
                        json, body, Expect.SURVIVE, false));
            }
            if ("integer".equals(OpenApiDocument.typeOf(parameter.schema()))) {
                for (String value : List.of("abc", "1e999999", "99999999999999999999", "1.5")) {
                    cases.add(new Case(name + " " + value, operation.method(), path(operation, Map.of(name, value)) + query,
                            json, body, Expect.REFUSE, false));
                }
            }
        }
    }

    private void queryCases(Operation operation, String path, byte[] body, List<Header> json, List<Case> cases) {
        String method = operation.method();
        for (Parameter parameter : operation.in("query")) {
            String name = parameter.name();
            JsonNode schema = parameter.schema();
            String others = validQuery(operation, name);
            for (String value : List.of("%00", "%ff%fe", "%c0%80", "%1B%5B31m")) {
                cases.add(new Case(name + "=" + value, method, path + append(others, name + "=" + value), json, body, Expect.REFUSE, false));
            }
            String type = OpenApiDocument.typeOf(schema);
            String longValue = "a".repeat(5_000);
            boolean bounded = schema != null && (schema.has("maxLength") || schema.has("enum") || schema.has("pattern"));
            cases.add(new Case(name + " 5,000 characters", method, path + append(others, name + "=" + longValue), json, body,
                    bounded && "string".equals(type) ? Expect.REFUSE : Expect.SURVIVE, false));
            if ("integer".equals(type) || "number".equals(type)) {
                for (String value : List.of("abc", "1e999999", "99999999999999999999", "1.5x")) {
                    cases.add(new Case(name + "=" + value, method, path + append(others, name + "=" + value), json, body,
                            Expect.REFUSE, false));
                }
                if (schema.has("minimum")) {
                    cases.add(new Case(name + " below minimum", method, path + append(others, name + "="
                            + (schema.get("minimum").asLong() - 1)), json, body, Expect.REFUSE, false));
                }
                if (schema.has("maximum")) {
                    cases.add(new Case(name + " above maximum", method, path + append(others, name + "="
                            + (schema.get("maximum").asLong() + 1)), json, body, Expect.REFUSE, false));
                }
            }
            if (schema != null && schema.has("enum")) {
                cases.add(new Case(name + " not in enum", method, path + append(others, name + "=fuzz-not-listed"), json, body,
                        Expect.REFUSE, false));
            }
            if (schema != null && "date".equals(schema.path("format").asString(""))) {
                cases.add(new Case(name + " impossible date", method, path + append(others, name + "=2025-02-30"), json, body,
                        Expect.REFUSE, false));
            }
            String value = encode(exampleText(schema, name));
            cases.add(new Case(name + " twice", method, path + append(others, name + "=" + value + "&" + name + "=" + value),
                    json, body, Expect.SURVIVE, false));
            cases.add(new Case(name + " empty", method, path + append(others, name + "="), json, body, Expect.SURVIVE, false));
            cases.add(new Case(name + "[$ne] raw brackets", method, path + append(others, name + "[$ne]=x"), json, body,
                    Expect.REFUSE, false));
            if (parameter.required()) {
                cases.add(new Case("without required " + name, method, path + others, json, body, Expect.REFUSE, false));
            }
        }
    }

    private void headerCases(Operation operation, String target, byte[] body, List<Header> json, List<Case> cases) {
        for (Parameter parameter : operation.in("header")) {
            String name = parameter.name();
            cases.add(new Case(name + " NUL byte", operation.method(), target,
                    concat(json, List.of(new Header(name, new byte[] {'a', 0, 'b'}))), body, Expect.REFUSE, false));
            cases.add(new Case(name + " invalid UTF-8", operation.method(), target,
                    concat(json, List.of(new Header(name, new byte[] {'a', (byte) 0xff, (byte) 0xfe}))), body, Expect.SURVIVE, false));
            cases.add(new Case(name + " garbage", operation.method(), target,
                    concat(json, List.of(Header.of(name, "\"abc\" <script>"))), body, Expect.SURVIVE, false));
            cases.add(new Case(name + " 6,000 characters", operation.method(), target,
                    concat(json, List.of(Header.of(name, "x".repeat(6_000)))), body, Expect.SURVIVE, false));
        }
    }

    // ------------------------------------------------------------------------------------------------- valid values

    /** The request target with fixtures (or {@code overrides}, sent raw) for the path parameters. */
    String path(Operation operation, Map<String, String> overrides) {
        StringBuilder path = new StringBuilder();
        var matcher = Pattern.compile("\\{([^}]+)}").matcher(operation.path());
        while (matcher.find()) {
            String name = matcher.group(1);
            String value;
            if (overrides.containsKey(name)) {
                value = overrides.get(name);
            } else if (name.equals("tenant")) {
                value = tenant;
            } else {
                value = encode(ids.containsKey(name) ? ids.get(name) : exampleText(operation.parameter(name)
                        .map(Parameter::schema).orElse(null), name));
            }
            matcher.appendReplacement(path, java.util.regex.Matcher.quoteReplacement(value));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    String validQuery(Operation operation) {
        return validQuery(operation, null);
    }

    private String validQuery(Operation operation, String except) {
        List<String> pairs = new ArrayList<>();
        for (Parameter parameter : operation.in("query")) {
            if (parameter.required() && !parameter.name().equals(except)) {
                pairs.add(parameter.name() + "=" + encode(ids.containsKey(parameter.name()) ? ids.get(parameter.name())
                        : exampleText(parameter.schema(), parameter.name())));
            }
        }
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    /** The body the document describes as valid: its required fields with example values (ids of fixtures by name). */
    String validJson(Operation operation) {
        return validBodyNode(operation).toString();
    }

    private JsonNode validBodyNode(Operation operation) {
        if (validBodies.containsKey(operation.toString())) {
            return JSON.readTree(validBodies.get(operation.toString()));
        }
        JsonNode schema = document.resolve(operation.body().jsonSchema());
        return example(schema, "body", 0);
    }

    private JsonNode example(JsonNode schema, String name, int depth) {
        JsonNode resolved = document.resolve(schema);
        if (resolved == null || resolved.isMissingNode()) {
            return NODES.stringNode("Fuzz");
        }
        if (ids.containsKey(name)) {
            return NODES.stringNode(ids.get(name));
        }
        if (resolved.has("enum") && !resolved.get("enum").isEmpty()) {
            return resolved.get("enum").get(0);
        }
        String type = OpenApiDocument.typeOf(resolved);
        switch (type) {
            case "string":
                return NODES.stringNode(exampleText(resolved, name));
            case "integer": {
                long value = resolved.has("minimum") ? resolved.get("minimum").asLong() : 1;
                if (name.toLowerCase(Locale.ROOT).contains("year") && within(resolved, 2024)) {
                    value = 2024;
                }
                return NODES.numberNode(value);
            }
            case "number":
                return NODES.numberNode(resolved.has("minimum") ? resolved.get("minimum").asLong() : 1);
            case "boolean":
                return NODES.booleanNode(false);
            case "array": {
                ArrayNode array = NODES.arrayNode();
                if (depth < 6) {
                    String itemName = singular(name);
                    if (ids.containsKey(itemName)) {
                        array.add(ids.get(itemName));
                    } else {
                        array.add(example(resolved.path("items"), itemName, depth + 1));
                    }
                }
                return array;
            }
            default: {
                ObjectNode object = NODES.objectNode();
                if (depth < 6) {
                    for (String required : requiredOf(resolved)) {
                        object.set(required, example(resolved.path("properties").path(required), required, depth + 1));
                    }
                }
                return object;
            }
        }
    }

    private String exampleText(JsonNode schema, String name) {
        if (ids.containsKey(name)) {
            return ids.get(name);
        }
        if (schema == null || schema.isMissingNode()) {
            return "Fuzz";
        }
        if (schema.has("enum") && !schema.get("enum").isEmpty()) {
            return schema.get("enum").get(0).asString();
        }
        if (schema.path("example").isString()) {
            return schema.get("example").asString();
        }
        String type = OpenApiDocument.typeOf(schema);
        if (type.equals("integer") || type.equals("number")) {
            return String.valueOf(schema.has("minimum") ? schema.get("minimum").asLong()
                    : name.toLowerCase(Locale.ROOT).contains("year") && within(schema, 2024) ? 2024 : 1);
        }
        if (type.equals("boolean")) {
            return "false";
        }
        switch (schema.path("format").asString("")) {
            case "date":
                return "2024-01-31";
            case "date-time":
                return "2024-01-31T10:15:30Z";
            case "email":
                return "fuzz@example.org";
            case "uuid":
                return "00000000-0000-4000-8000-000000000000";
            default:
                break;
        }
        int min = schema.path("minLength").asInt(0);
        int max = schema.has("maxLength") ? schema.get("maxLength").asInt() : Integer.MAX_VALUE;
        String pattern = schema.has("pattern") ? schema.get("pattern").asString() : null;
        for (String candidate : STRING_CANDIDATES) {
            String value = candidate.length() < min ? candidate + "x".repeat(min - candidate.length()) : candidate;
            if (value.length() <= max && (pattern == null || matches(pattern, value))) {
                return value;
            }
        }
        return "x".repeat(Math.max(1, min));
    }

    // ------------------------------------------------------------------------------------------------- helpers

    Map<String, JsonNode> properties(JsonNode schema) {
        Map<String, JsonNode> properties = new TreeMap<>();
        schema.path("properties").properties().forEach(e -> properties.put(e.getKey(), e.getValue()));
        return properties;
    }

    static List<String> requiredOf(JsonNode schema) {
        List<String> required = new ArrayList<>();
        schema.path("required").values().forEach(r -> required.add(r.asString()));
        return required;
    }

    private static boolean within(JsonNode schema, long value) {
        return (!schema.has("minimum") || schema.get("minimum").asLong() <= value)
                && (!schema.has("maximum") || schema.get("maximum").asLong() >= value);
    }

    private static boolean matches(String pattern, String value) {
        try {
            return Pattern.compile(pattern).matcher(value).find() && Pattern.compile("^(?:" + stripAnchors(pattern) + ")$")
                    .matcher(value).matches();
        } catch (PatternSyntaxException e) {
            return false;
        }
    }

    private static String stripAnchors(String pattern) {
        String p = pattern.startsWith("^") ? pattern.substring(1) : pattern;
        return p.endsWith("$") && !p.endsWith("\\$") ? p.substring(0, p.length() - 1) : p;
    }

    static String singular(String name) {
        if (name.endsWith("Ids")) {
            return name.substring(0, name.length() - 1);
        }
        if (name.endsWith("ies")) {
            return name.substring(0, name.length() - 3) + "y";
        }
        return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }

    private static Case refuse(String label, String method, String target, List<Header> headers, String body) {
        return new Case(label, method, target, headers, utf8(body), Expect.REFUSE, false);
    }

    private static String raw(ObjectNode marked, String rawJson) {
        return marked.toString().replace("\"" + RAW + "\"", rawJson);
    }

    private static String quote(String text) {
        return JSON.writeValueAsString(text);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String append(String query, String pair) {
        return query.isEmpty() ? "?" + pair : query + "&" + pair;
    }

    private static List<Header> concat(List<Header> a, List<Header> b) {
        List<Header> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String shorten(String value) {
        return value.length() > 20 ? value.substring(0, 10) + "…(" + value.length() + ")" : value;
    }
}
