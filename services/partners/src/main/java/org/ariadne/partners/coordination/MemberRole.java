package org.ariadne.partners.coordination;

import java.util.Optional;

/** A member's role in a coordination body. */
public enum MemberRole {
    CHAIR, COORDINATOR, DEPUTY, MEMBER, OBSERVER, SECRETARY;

    public String code() {
        return Codes.of(this);
    }

    public static Optional<MemberRole> of(String code) {
        return Codes.parse(MemberRole.class, code);
    }

    public static String codes() {
        return Codes.list(MemberRole.class);
    }
}
