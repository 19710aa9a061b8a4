package org.ariadne.partners.institution.internal;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.ariadne.partners.institution.Alias;
import org.ariadne.partners.institution.AliasKind;
import org.ariadne.partners.institution.Institution;
import org.ariadne.partners.institution.InstitutionCommands;
import org.ariadne.partners.institution.InstitutionFields;
import org.ariadne.partners.institution.InstitutionKind;
import org.ariadne.partners.institution.NewAlias;
import org.ariadne.web.FieldProblem;
import org.ariadne.web.ProblemException;

/**
 * Request bodies of the registry API, and their translation into commands (every invalid field reported at once). The
 * document states each limit: a {@code @Schema} limit is the domain's own check ({@link Institution}, {@link Alias},
 * {@link InstitutionCommands}), a {@code @Size} one is checked here, at the boundary, before anything is read or written.
 */
final class InstitutionRequests {

    /** Ids (ours are UUIDs); a longer one names nothing. */
    static final int MAX_ID = 100;
    /** The longest e-mail address a mail server must accept (RFC 5321's path limit). */
    static final int MAX_EMAIL = 254;
    /** An IATI organisation identifier: a two-letter prefix, a hyphen and at most 100 characters (Institution checks). */
    static final int MAX_IATI_REF = 103;

    private InstitutionRequests() {
    }

    /** An alias as sent: the printed text, its kind, the institution (not for generic mentions), where it was seen. */
    record AliasRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = Alias.MAX_TEXT) String text,
            @Schema(allowableValues = {"name", "acronym", "variant", "typo", "ocr", "truncated", "translation", "generic"},
                    defaultValue = "variant") String kind,
            @Size(max = MAX_ID) String institutionId,
            @Schema(maxLength = Alias.MAX_SOURCE, example = "plan 1.1.1") String source) {
    }

    record InstitutionRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = Institution.MAX_NAME) String name,
            @Schema(maxLength = Institution.MAX_NAME) String nameEn,
            @Schema(maxLength = Institution.MAX_ACRONYM) String acronym,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"government", "ministry", "police", "prosecution", "judiciary",
                    "agency", "coordination_office", "coordination_body", "independent_body", "local_government", "public_service", "ngo",
                    "international_org", "donor", "collective", "other"}) String kind,
            @Size(max = MAX_ID) String parentId,
            @Size(max = MAX_ID) String globalRef,
            @Schema(description = "an IATI organisation identifier", example = "XM-DAC-47066") @Size(max = MAX_IATI_REF) String iatiRef,
            @Schema(format = "email") @Size(max = MAX_EMAIL) String email,
            @ArraySchema(maxItems = InstitutionCommands.MAX_ALIASES_PER_REQUEST) List<@Valid AliasRequest> aliases) {

        InstitutionFields toFields(List<FieldProblem> problems) {
            InstitutionKind parsed = null;
            if (kind != null) {
                parsed = InstitutionKind.of(kind).orElse(null);
                if (parsed == null) {
                    problems.add(new FieldProblem("/kind", "must be one of " + InstitutionKind.codes()));
                }
            }
            return new InstitutionFields(name, nameEn, acronym, parsed, parentId, globalRef, iatiRef, email);
        }
    }

    record AliasesRequest(
            @NotEmpty @ArraySchema(maxItems = InstitutionCommands.MAX_ALIASES_PER_REQUEST) List<@Valid AliasRequest> aliases) {
    }

    record MergeRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100) String into) {
    }

    record ResolveRequest(
            @NotEmpty @ArraySchema(maxItems = InstitutionController.MAX_NAMES,
                    schema = @Schema(maxLength = InstitutionController.MAX_NAME_LENGTH)) List<String> names) {
    }

    /** Institution fields and extra aliases (for the institution being registered: no institutionId of their own). */
    static InstitutionFields fields(InstitutionRequest body) {
        if (body == null) {
            throw ProblemException.validation(List.of(new FieldProblem("", "a JSON object is required")));
        }
        List<FieldProblem> problems = new ArrayList<>();
        InstitutionFields fields = body.toFields(problems);
        if (!problems.isEmpty()) {
            throw ProblemException.validation(problems);
        }
        return fields;
    }

    static List<NewAlias> aliases(List<AliasRequest> requested, boolean institutionGiven) {
        if (requested == null) {
            return List.of();
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<NewAlias> aliases = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            AliasRequest a = requested.get(i);
            if (a == null) {
                problems.add(new FieldProblem("/aliases/" + i, "must be an object"));
                continue;
            }
            AliasKind kind = a.kind() == null ? AliasKind.VARIANT : AliasKind.of(a.kind()).orElse(null);
            if (kind == null) {
                problems.add(new FieldProblem("/aliases/" + i + "/kind", "must be one of " + AliasKind.codes()));
                continue;
            }
            if (institutionGiven && a.institutionId() != null) {
                problems.add(new FieldProblem("/aliases/" + i + "/institutionId",
                        "aliases sent with an institution name that institution; leave institutionId out"));
                continue;
            }
            aliases.add(new NewAlias(a.text(), kind, a.institutionId(), a.source()));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.validation(problems);
        }
        return aliases;
    }
}
