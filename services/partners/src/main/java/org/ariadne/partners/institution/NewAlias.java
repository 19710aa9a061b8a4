package org.ariadne.partners.institution;

/** A printed name to become an alias: of {@code institutionId} (tenant or global), or, kind generic, of none. */
public record NewAlias(String text, AliasKind kind, String institutionId, String source) {
}
