package org.ariadne.web;

import java.util.Collection;
import java.util.Map;
import org.springframework.http.ProblemDetail;

/** Builds problem details from the catalogue and renders them without a framework (filters, gateway, fallbacks). */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private static final java.util.Set<String> STANDARD_MEMBERS = java.util.Set.of("type", "title", "status", "detail", "instance");

    private Problems() {
    }

    public static ProblemDetail of(ProblemType type, String detail) {
        return of(type, detail, Map.of());
    }

    /**
     * A problem with extension members. Their names must not be the standard members' ({@code type}, {@code title},
     * {@code status}, {@code detail}, {@code instance}): the answer would name one twice.
     */
    public static ProblemDetail of(ProblemType type, String detail, Map<String, Object> properties) {
        properties.keySet().stream().filter(STANDARD_MEMBERS::contains).findFirst().ifPresent(name -> {
            throw new IllegalArgumentException("A problem's extension member cannot be called " + name);
        });
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        properties.forEach(problem::setProperty);
        return problem;
    }

    /**
     * Renders a problem as JSON. Used where no message converter runs (servlet filters before the dispatcher,
     * the reactive gateway); controllers go through Spring's converters instead.
     */
    public static String toJson(ProblemDetail problem) {
        StringBuilder json = new StringBuilder("{");
        append(json, "type", problem.getType() == null ? null : problem.getType().toString());
        append(json, "title", problem.getTitle());
        append(json, "status", problem.getStatus());
        append(json, "detail", problem.getDetail());
        append(json, "instance", problem.getInstance() == null ? null : problem.getInstance().toString());
        if (problem.getProperties() != null) {
            problem.getProperties().forEach((key, value) -> append(json, key, value));
        }
        return json.append('}').toString();
    }

    private static void append(StringBuilder json, String key, Object value) {
        if (value == null) {
            return;
        }
        if (json.length() > 1) {
            json.append(',');
        }
        quote(json, key);
        json.append(':');
        value(json, value);
    }

    private static void value(StringBuilder json, Object value) {
        if (value == null) {
            json.append("null");
        } else if (value instanceof Number || value instanceof Boolean) {
            json.append(value);
        } else if (value instanceof FieldProblem field) {
            json.append("{\"pointer\":");
            quote(json, field.pointer());
            json.append(",\"detail\":");
            quote(json, field.detail());
            json.append('}');
        } else if (value instanceof Collection<?> items) {
            json.append('[');
            boolean first = true;
            for (Object item : items) {
                if (!first) {
                    json.append(',');
                }
                first = false;
                value(json, item);
            }
            json.append(']');
        } else if (value instanceof Map<?, ?> map) {
            json.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!first) {
                    json.append(',');
                }
                first = false;
                quote(json, String.valueOf(entry.getKey()));
                json.append(':');
                value(json, entry.getValue());
            }
            json.append('}');
        } else {
            quote(json, value.toString());
        }
    }

    private static void quote(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
