package org.ariadne.gateway.security;

/**
 * The characters Spring Security's firewall ({@code StrictServerWebExchangeFirewall}) accepts in header names and
 * values, checked by a loop over the code points instead of its regular expressions: names and values must be assigned
 * Unicode characters and no control characters, except the tab in a value. The firewall checks a header every time
 * something reads it, and on the gateway everything that forwards a request reads all of them (the bearer token of
 * several hundred characters among them), several times per request.
 */
final class HeaderCharacters {

    private HeaderCharacters() {
    }

    /** What {@code [\p{IsAssigned}&&[^\p{IsControl}]]*} matches; no name (an absent header) is allowed. */
    static boolean allowedInName(String name) {
        return allowed(name, false);
    }

    /** What {@code [\p{IsAssigned}&&[[^\p{IsControl}]||\t]]*} matches; no value (an absent header) is allowed. */
    static boolean allowedInValue(String value) {
        return allowed(value, true);
    }

    private static boolean allowed(String text, boolean tabAllowed) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int type = Character.getType(codePoint);
            if (type == Character.UNASSIGNED || (type == Character.CONTROL && !(tabAllowed && codePoint == '\t'))) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
