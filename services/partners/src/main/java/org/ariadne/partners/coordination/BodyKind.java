package org.ariadne.partners.coordination;

import java.util.Optional;

/** What a coordination body is (as the acts that establish them name them). */
public enum BodyKind {
    WORKING_GROUP, COORDINATION_TEAM, STRIKE_FORCE, NATIONAL_COORDINATOR, MONITORING_TEAM, NATIONAL_AUTHORITY;

    public String code() {
        return Codes.of(this);
    }

    public static Optional<BodyKind> of(String code) {
        return Codes.parse(BodyKind.class, code);
    }

    public static String codes() {
        return Codes.list(BodyKind.class);
    }
}
