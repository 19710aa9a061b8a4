package org.ariadne.web.json;

import java.math.BigDecimal;
import org.ariadne.web.TextRule;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * How every service reads JSON request bodies: exactly what the OpenAPI document says, nothing coerced.
 * <ul>
 * <li>unknown fields, a field named twice, trailing content after the value and {@code null} for a number or
 * boolean are refused;</li>
 * <li>no silent coercion: {@code "title": 123} or {@code true} is not a string, {@code 1.5} is not a whole number,
 * {@code "5"} is not a number, a single value is not an array;</li>
 * <li>text (values and object keys) follows {@link TextRule}: well-formed Unicode without control characters;</li>
 * <li>decimal figures ({@code BigDecimal}) are finite and bounded ({@link #MAX_INTEGER_DIGITS} digits before the
 * point, at most {@link #MAX_FRACTION_DIGITS} after): {@code 1e999999} is refused, not stored; a decimal may be a JSON
 * number or a string holding one ({@code "24.50"}), the one exception to "no coercion", for exactness.</li>
 * </ul>
 * Refusals surface as {@code 422 validation-failed} naming the field (lib-web's ProblemHandler), malformed JSON as
 * {@code 400 malformed-request}.
 */
public final class StrictJson {

    public static final int MAX_INTEGER_DIGITS = 15;
    public static final int MAX_FRACTION_DIGITS = 9;

    private static final BigDecimal DECIMAL_LIMIT = BigDecimal.TEN.pow(MAX_INTEGER_DIGITS);

    private StrictJson() {
    }

    public static JsonMapper.Builder apply(JsonMapper.Builder builder) {
        SimpleModule rules = new SimpleModule("ariadne-input-rules");
        rules.addDeserializer(String.class, new RuleCheckedStrings());
        rules.addKeyDeserializer(String.class, new RuleCheckedKeys());
        rules.addDeserializer(BigDecimal.class, new BoundedDecimals());
        return builder
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfig(LogicalType.Textual, text -> text
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Integer, whole -> whole
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Float, decimal -> decimal
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                // an exact decimal may be written as text ("24.50"), so a client never rounds it through a double
                .withCoercionConfig(BigDecimal.class, decimal -> decimal
                        .setCoercion(CoercionInputShape.String, CoercionAction.TryConvert))
                .withCoercionConfig(LogicalType.Boolean, bool -> bool
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .addModule(rules);
    }

    /** Why {@code value} is not a figure this API accepts, or null (for JSON read as a tree, where no deserializer runs). */
    public static String decimalViolation(BigDecimal value) {
        if (value.abs().compareTo(DECIMAL_LIMIT) >= 0) {
            return "must be a number with at most " + MAX_INTEGER_DIGITS + " digits before the decimal point";
        }
        if (value.stripTrailingZeros().scale() > MAX_FRACTION_DIGITS) {
            return "must be a number with at most " + MAX_FRACTION_DIGITS + " digits after the decimal point";
        }
        return null;
    }

    private static final class RuleCheckedStrings extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            String value = super.deserialize(p, ctxt);
            String violation = TextRule.violation(value).orElse(null);
            if (violation != null) {
                throw new RefusedValueException(p, String.class, violation);
            }
            return value;
        }
    }

    private static final class RuleCheckedKeys extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) throws JacksonException {
            String violation = TextRule.violation(key).orElse(null);
            if (violation != null) {
                throw new RefusedValueException(ctxt.getParser(), String.class, "has a key that " + violation);
            }
            return key;
        }
    }

    private static final class BoundedDecimals extends NumberDeserializers.BigDecimalDeserializer {
        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            BigDecimal value = super.deserialize(p, ctxt);
            String violation = value == null ? null : decimalViolation(value);
            if (violation != null) {
                throw new RefusedValueException(p, BigDecimal.class, violation);
            }
            return value;
        }
    }
}
