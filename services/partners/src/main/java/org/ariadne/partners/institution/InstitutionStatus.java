package org.ariadne.partners.institution;

import java.util.Locale;

/** An institution is active, was merged into another (its references follow the survivor), or no longer exists. */
public enum InstitutionStatus {
    ACTIVE, MERGED, RETIRED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
