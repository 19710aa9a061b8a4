package org.ariadne.funding.line;

/** How a line or a link came to be. */
public enum Origin {
    /** Entered through the API. */
    MANUAL,
    /** A coordinator accepted what a plan prints (a proposal). */
    PROPOSAL,
    /** A budget annex import. */
    IMPORT;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
