package org.ariadne.funding.line;

/**
 * An institution as funding knows it: the name as printed (always) and, once the partners service has resolved it,
 * its institution id. Holders, funders, providers and receivers are all named this way; a donor view (which lines a
 * funder sees) and a later merge of institutions work on the id without rewriting lines.
 */
public record InstitutionRef(String name, String institutionId) {

    public InstitutionRef {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an institution needs its printed name");
        }
        name = name.strip();
        institutionId = institutionId == null || institutionId.isBlank() ? null : institutionId.strip();
    }

    public static InstitutionRef named(String name) {
        return new InstitutionRef(name, null);
    }
}
