package org.ariadne.partners.institution.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.ariadne.partners.institution.Alias;
import org.ariadne.partners.institution.Institution;
import org.ariadne.partners.institution.NameMatch;

/** Response bodies of the registry API. */
final class InstitutionViews {

    private InstitutionViews() {
    }

    /** An institution; {@code email} only for coordinators (reminders go there) and the platform administrator. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record InstitutionView(String id, boolean global, String name, String nameEn, String acronym, String kind,
            String parentId, String globalRef, String iatiRef, String email, String status, String mergedInto,
            long version, List<AliasView> aliases, List<UnitView> units) {

        static InstitutionView of(Institution i, boolean showEmail, List<Alias> aliases, List<Institution> units) {
            return new InstitutionView(i.id(), i.global(), i.name(), i.nameEn(), i.acronym(), i.kind().code(),
                    i.parentId(), i.globalRef(), i.iatiRef(), showEmail ? i.email() : null, i.status().code(),
                    i.mergedInto(), i.version(), aliases == null ? null : aliases.stream().map(AliasView::of).toList(),
                    units == null ? null : units.stream().map(u -> new UnitView(u.id(), u.name())).toList());
        }
    }

    record UnitView(String id, String name) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AliasView(String key, String text, String kind, String institutionId, boolean global, List<String> spellings,
            String source) {

        static AliasView of(Alias a) {
            return new AliasView(a.key(), a.text(), a.kind().code(), a.institutionId(), a.global(),
                    a.spellings().isEmpty() ? null : a.spellings(), a.source());
        }
    }

    record InstitutionList(List<InstitutionView> items, int total) {
    }

    record AliasList(List<AliasView> items, int total) {
    }

    record AliasBatchView(List<AliasView> added, List<AliasView> known) {
    }

    /** A printed name and how it reads: parts resolved, generic, or to review with suggestions. */
    record ResolutionView(String printed, boolean fullyRead, List<PartView> parts) {

        static ResolutionView of(NameMatch match) {
            return new ResolutionView(match.printed(), match.fullyRead(), match.parts().stream().map(PartView::of).toList());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PartView(String text, String outcome, String institutionId, String institutionName, Boolean global,
            String matchedAlias, String matchedKind, List<NameMatch.Suggestion> suggestions) {

        static PartView of(NameMatch.Part p) {
            boolean resolved = p.outcome() == NameMatch.Outcome.RESOLVED;
            String outcome = switch (p.outcome()) {
                case RESOLVED -> "resolved";
                case GENERIC -> "generic";
                case UNRESOLVED -> "review";
            };
            return new PartView(p.text(), outcome, p.institutionId(), p.institutionName(), resolved ? p.global() : null, p.matchedAlias(),
                    p.matchedKind() == null ? null : p.matchedKind().code(),
                    p.suggestions().isEmpty() ? null : p.suggestions());
        }
    }

    record ResolutionList(List<ResolutionView> results) {
    }
}
