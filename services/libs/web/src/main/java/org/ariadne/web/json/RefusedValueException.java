package org.ariadne.web.json;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value that is well-formed but breaks one of lib-web's input rules (text, figures). It carries the sentence
 * the client reads, so the problem names the field and what to send instead of quoting Jackson.
 */
public class RefusedValueException extends MismatchedInputException {

    private final String reason;

    RefusedValueException(JsonParser parser, Class<?> targetType, String reason) {
        super(parser, reason, targetType);
        this.reason = reason;
    }

    /** What is wrong with the value and what to send, for the problem's field detail. */
    public String reason() {
        return reason;
    }
}
