package org.ariadne.web.servlet;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ariadne.web.FieldProblem;
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;
import org.ariadne.web.json.RefusedValueException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * A request body that could not be read, as a problem that names the field and what to send, never Jackson's own
 * message (it quotes Java types and configuration hints). Well-formed JSON with a wrong value is {@code 422
 * validation-failed} with a JSON Pointer; JSON that does not parse, or no body, is {@code 400 malformed-request}.
 */
final class BodyProblems {

    private BodyProblems() {
    }

    static ProblemException of(HttpMessageNotReadableException e) {
        Throwable cause = e.getMostSpecificCause();
        if (e.getRootCause() instanceof ProblemException problem) {
            return problem;
        }
        if (!(cause instanceof JacksonException jackson)) {
            return new ProblemException(ProblemType.MALFORMED_REQUEST,
                    "The request body is missing or unreadable: send a JSON document (Content-Type: application/json)");
        }
        if (jackson instanceof StreamConstraintsException) {
            return new ProblemException(ProblemType.MALFORMED_REQUEST, "The body exceeds this API's limits for JSON"
                    + at(jackson) + ": objects and arrays nested at most 500 deep, numbers of at most 1000 digits, "
                    + "strings of at most 20,000,000 characters");
        }
        String pointer = pointer(jackson);
        if (jackson instanceof StreamReadException read && !(jackson instanceof InputCoercionException)) {
            String what = read.getOriginalMessage() != null && read.getOriginalMessage().startsWith("Duplicate")
                    ? "names a field twice" : "is not well-formed JSON in UTF-8";
            return new ProblemException(ProblemType.MALFORMED_REQUEST, "The body " + what + at(jackson)
                    + "; send one JSON document with each field once");
        }
        if (pointer.isEmpty() && jackson instanceof MismatchedInputException mismatch && mismatch.getCurrentToken() == null) {
            return new ProblemException(ProblemType.MALFORMED_REQUEST,
                    "The request body is empty: send a JSON document (Content-Type: application/json)");
        }
        String detail = fieldDetail(jackson);
        if (pointer.isEmpty()) {
            return new ProblemException(ProblemType.VALIDATION_FAILED, "The body " + detail,
                    Map.of("errors", List.of(new FieldProblem("", detail))));
        }
        return ProblemException.validation(List.of(new FieldProblem(pointer, detail)));
    }

    private static String fieldDetail(JacksonException e) {
        if (e instanceof RefusedValueException refused) {
            return refused.reason();
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds() == null ? "" : unknown.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", "));
            return "is not a field of this request" + (known.isEmpty() ? "" : "; the fields are: " + known);
        }
        if (e instanceof InvalidNullException
                || (e instanceof MismatchedInputException mismatch && mismatch.getCurrentToken() == JsonToken.VALUE_NULL)) {
            return "must not be null";
        }
        if (e instanceof MismatchedInputException && e.getOriginalMessage() != null
                && e.getOriginalMessage().startsWith("Cannot map `null`")) {
            return "is required";
        }
        if (e instanceof ValueInstantiationException) {
            return "is not valid here";
        }
        if (e instanceof InputCoercionException coercion) {
            return "is out of range: " + expected(coercion.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatch) {
            return expected(mismatch.getTargetType());
        }
        return "is not valid here";
    }

    /** What a value of {@code type} looks like in JSON, in the client's terms. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "has the wrong type";
        }
        if (type == String.class || type == char.class || type == Character.class) {
            return "must be a string";
        }
        if (type == int.class || type == Integer.class || type == short.class || type == Short.class) {
            return "must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        if (type == long.class || type == Long.class || type == BigInteger.class || type == byte.class || type == Byte.class) {
            return "must be a whole number";
        }
        if (type == BigDecimal.class || type == double.class || type == Double.class || type == float.class
                || type == Float.class || Number.class.isAssignableFrom(type)) {
            return "must be a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "must be true or false";
        }
        if (type.isEnum()) {
            Object[] values = type.getEnumConstants();
            return "must be one of " + java.util.Arrays.stream(values).map(v -> v.toString().toLowerCase(java.util.Locale.ROOT))
                    .collect(Collectors.joining(", "));
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "must be a date or time written as ISO 8601";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "must be an array";
        }
        return "must be an object";
    }

    private static String pointer(JacksonException e) {
        StringBuilder pointer = new StringBuilder();
        e.getPath().forEach(ref -> pointer.append('/').append(ref.getPropertyName() != null
                ? ref.getPropertyName().replace("~", "~0").replace("/", "~1") : String.valueOf(ref.getIndex())));
        return pointer.toString();
    }

    private static String at(JacksonException e) {
        TokenStreamLocation location = e.getLocation();
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
