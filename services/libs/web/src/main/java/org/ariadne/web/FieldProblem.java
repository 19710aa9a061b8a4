package org.ariadne.web;

/** One invalid input field: a JSON Pointer (RFC 6901) into the request body or a parameter name, and what is wrong. */
public record FieldProblem(String pointer, String detail) {
}
