package org.ariadne.partners.coordination;

import java.util.Optional;

/** What a decision is: establishing the body, its rules of procedure, a plan, a conclusion, an appointment … */
public enum DecisionKind {
    ESTABLISHMENT, RULES, PLAN, CONCLUSION, APPOINTMENT, OTHER;

    public String code() {
        return Codes.of(this);
    }

    public static Optional<DecisionKind> of(String code) {
        return Codes.parse(DecisionKind.class, code);
    }

    public static String codes() {
        return Codes.list(DecisionKind.class);
    }
}
