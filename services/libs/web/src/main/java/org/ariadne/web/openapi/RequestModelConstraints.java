package org.ariadne.web.openapi;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * What a request record or class accepts, stated in the OpenAPI document where springdoc leaves it out or says it
 * loosely. Applied to every model after springdoc resolved it, from the Java type itself:
 * <ul>
 * <li>a component of a primitive type ({@code int}, {@code boolean}) is required — absent, it is refused;</li>
 * <li>a {@link Pattern} is a whole-value match (Bean Validation), so the document's pattern is anchored
 * ({@code ^(?:…)$}; JSON Schema patterns match anywhere), and a pattern that lists words ({@code annual|final}) is an
 * {@code enum} — also for list items;</li>
 * <li>constraints on a map's values ({@code Map<String, @Size(max = 100) String>}) bound the document's
 * {@code additionalProperties}.</li>
 * </ul>
 */
public final class RequestModelConstraints implements ModelConverter {

    private static final java.util.regex.Pattern WORDS = java.util.regex.Pattern.compile("\\^?\\(?([A-Za-z0-9_.-]+(\\|[A-Za-z0-9_.-]+)*)\\)?\\$?");

    @Override
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Schema<?> schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        if (schema == null || type.getType() == null) {
            return schema;
        }
        Class<?> raw;
        try {
            raw = Json.mapper().constructType(type.getType()).getRawClass();
        } catch (RuntimeException e) {
            return schema;
        }
        if (raw == null || raw.isPrimitive() || raw.isArray() || raw.isEnum() || raw.getName().startsWith("java.")) {
            return schema;
        }
        Schema<?> model = schema;
        if (schema.get$ref() != null) {
            model = context.getDefinedModels().get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
        }
        if (model == null || model.getProperties() == null) {
            return schema;
        }
        for (Map.Entry<String, Schema> property : model.getProperties().entrySet()) {
            Member member = member(raw, property.getKey());
            if (member != null) {
                describe(model, property.getKey(), property.getValue(), member);
            }
        }
        return schema;
    }

    private static void describe(Schema<?> model, String name, Schema<?> property, Member member) {
        if (member.type().isPrimitive() && (model.getRequired() == null || !model.getRequired().contains(name))) {
            model.addRequiredItem(name);
        }
        Pattern pattern = member.element().getAnnotation(Pattern.class);
        if (pattern != null && property.get$ref() == null) {
            pattern(property, pattern.regexp());
        }
        if (member.annotated() instanceof AnnotatedParameterizedType generic) {
            java.lang.reflect.AnnotatedType[] arguments = generic.getAnnotatedActualTypeArguments();
            if (arguments.length == 2 && property.getAdditionalProperties() instanceof Schema<?> values) {
                constrain(values, arguments[1].getAnnotations());
            } else if (arguments.length == 1 && property.getItems() != null && property.getItems().get$ref() == null) {
                constrain(property.getItems(), arguments[0].getAnnotations());
            }
        }
    }

    private static void constrain(Schema<?> schema, Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof Size size) {
                if (size.min() > 0) {
                    schema.setMinLength(size.min());
                }
                if (size.max() < Integer.MAX_VALUE) {
                    schema.setMaxLength(size.max());
                }
            } else if (annotation instanceof Pattern pattern) {
                pattern(schema, pattern.regexp());
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static void pattern(Schema schema, String regexp) {
        java.util.regex.Matcher words = WORDS.matcher(regexp);
        if (words.matches()) {
            List<Object> values = new ArrayList<>(Arrays.asList(words.group(1).split("\\|")));
            schema.setEnum(values);
            schema.setPattern(null);
        } else {
            schema.setPattern(anchored(regexp));
        }
    }

    /** A Bean Validation pattern (a whole-value match) as a JSON Schema pattern (which matches anywhere). */
    static String anchored(String regexp) {
        String inner = regexp.startsWith("^") ? regexp.substring(1) : regexp;
        inner = inner.endsWith("$") && !inner.endsWith("\\$") ? inner.substring(0, inner.length() - 1) : inner;
        return "^(?:" + inner + ")$";
    }

    private record Member(Class<?> type, AnnotatedElement element, java.lang.reflect.AnnotatedType annotated) {
    }

    /** The field named {@code name} (a record component's field too: it carries the component's annotations), or null. */
    private static Member member(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                Field field = c.getDeclaredField(name);
                return new Member(field.getType(), field, field.getAnnotatedType());
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        return null;
    }
}
