package org.ariadne.partners.resolution;

import java.util.Locale;

/** Where an activity prints a name: among its lead institutions, its partners, or its funders. */
public enum NameRole {
    LEAD, PARTNER, FUNDER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
