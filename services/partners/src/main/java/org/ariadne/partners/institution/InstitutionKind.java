package org.ariadne.partners.institution;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What an institution is, as a coordinator groups them. {@code collective} names a set of like bodies printed as one
 * ("Centri za socijalni rad"); a generic mention ("Međunarodne organizacije") is not an institution at all but an
 * alias of kind {@link AliasKind#GENERIC}.
 */
public enum InstitutionKind {
    GOVERNMENT, MINISTRY, POLICE, PROSECUTION, JUDICIARY, AGENCY, COORDINATION_OFFICE, COORDINATION_BODY,
    INDEPENDENT_BODY, LOCAL_GOVERNMENT, PUBLIC_SERVICE, NGO, INTERNATIONAL_ORG, DONOR, COLLECTIVE, OTHER;

    /** The wire form: lower case ({@code coordination_office}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<InstitutionKind> of(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(k -> k.code().equals(code.strip())).findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(InstitutionKind::code).toList());
    }
}
