package org.ariadne.partners.institution.internal;

import java.util.ArrayList;
import java.util.List;
import org.ariadne.partners.institution.AliasKind;
import org.ariadne.partners.institution.InstitutionFields;
import org.ariadne.partners.institution.InstitutionKind;
import org.ariadne.partners.institution.NewAlias;
import org.ariadne.web.FieldProblem;
import org.ariadne.web.ProblemException;

/** Request bodies of the registry API, and their translation into commands (every invalid field reported at once). */
final class InstitutionRequests {

    private InstitutionRequests() {
    }

    /** An alias as sent: the printed text, its kind, the institution (not for generic mentions), where it was seen. */
    record AliasRequest(String text, String kind, String institutionId, String source) {
    }

    record InstitutionRequest(String name, String nameEn, String acronym, String kind, String parentId, String globalRef,
            String iatiRef, String email, List<AliasRequest> aliases) {

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

    record AliasesRequest(List<AliasRequest> aliases) {
    }

    record MergeRequest(String into) {
    }

    record ResolveRequest(List<String> names) {
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
