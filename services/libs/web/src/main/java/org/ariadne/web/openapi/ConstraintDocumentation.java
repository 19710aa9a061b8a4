package org.ariadne.web.openapi;

import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import org.ariadne.web.validation.IsoDate;
import org.springdoc.core.customizers.ParameterCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;

/**
 * What springdoc does not derive from our constraints by itself, so the OpenAPI document says exactly what an
 * endpoint accepts: {@link IsoDate} text is {@code format: date}, {@link Size} on a map bounds its entries
 * ({@code minProperties}/{@code maxProperties}), and a parameter's pattern is anchored or an enum
 * ({@link RequestModelConstraints} does the rest, per model).
 */
public final class ConstraintDocumentation {

    private ConstraintDocumentation() {
    }

    public static PropertyCustomizer properties() {
        return (schema, type) -> {
            Annotation[] annotations = type.getCtxAnnotations();
            if (schema == null || annotations == null) {
                return schema;
            }
            for (Annotation annotation : annotations) {
                apply(schema, annotation, schema.getAdditionalProperties() != null);
            }
            return schema;
        };
    }

    public static ParameterCustomizer parameters() {
        return (parameter, methodParameter) -> {
            if (parameter == null || parameter.getSchema() == null) {
                return parameter;
            }
            for (Annotation annotation : methodParameter.getParameterAnnotations()) {
                apply(parameter.getSchema(), annotation, false);
            }
            return parameter;
        };
    }

    private static void apply(Schema<?> schema, Annotation annotation, boolean map) {
        if (annotation instanceof IsoDate) {
            schema.setFormat("date");
        } else if (annotation instanceof jakarta.validation.constraints.Pattern pattern && !map) {
            RequestModelConstraints.pattern(schema, pattern.regexp());
        } else if (annotation instanceof Size size && map) {
            if (size.min() > 0) {
                schema.setMinProperties(size.min());
            }
            if (size.max() < Integer.MAX_VALUE) {
                schema.setMaxProperties(size.max());
            }
        }
    }
}
