package org.ariadne.partners.institution;

import java.util.List;
import java.util.Objects;
import org.ariadne.contracts.DomainEvent;
import org.ariadne.contracts.partners.v1.AliasAdded;
import org.ariadne.contracts.partners.v1.InstitutionChanged;
import org.ariadne.contracts.partners.v1.InstitutionRegistered;
import org.ariadne.contracts.partners.v1.InstitutionsMerged;

/** The events a change of an institution or a new alias causes, derived from the difference. */
public final class InstitutionEvents {

    private InstitutionEvents() {
    }

    public static List<DomainEvent> registered(String tenantId, Institution i) {
        return List.of(new InstitutionRegistered(tenantId, i.id(), i.name(), i.nameEn(), i.acronym(), i.kind().code(),
                i.parentId(), i.globalRef(), i.iatiRef()));
    }

    /** Nothing when nothing a consumer sees changed; InstitutionsMerged when the institution was merged away. */
    public static List<DomainEvent> between(String tenantId, Institution before, Institution after, Institution survivor) {
        if (after.status() == InstitutionStatus.MERGED && before.status() != InstitutionStatus.MERGED) {
            return List.of(new InstitutionsMerged(tenantId, after.id(), survivor.id(), survivor.name(), survivor.global()));
        }
        if (Objects.equals(before.fields(), after.fields()) && before.status() == after.status()) {
            return List.of();
        }
        return List.of(new InstitutionChanged(tenantId, after.id(), after.name(), after.nameEn(), after.acronym(),
                after.kind().code(), after.parentId(), after.globalRef(), after.iatiRef(), after.status().code()));
    }

    public static List<DomainEvent> aliasAdded(String tenantId, Alias alias, boolean institutionIsGlobal) {
        return List.of(new AliasAdded(tenantId, alias.key(), alias.text(), alias.kind().code(), alias.institutionId(),
                alias.institutionId() == null ? null : institutionIsGlobal));
    }
}
