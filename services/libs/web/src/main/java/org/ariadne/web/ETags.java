package org.ariadne.web;

/**
 * Optimistic concurrency over HTTP: an aggregate's version is its ETag, and a change must name the version it
 * was based on in If-Match. A stale If-Match gives 412, a missing one 428: there is never a lost update.
 */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version an If-Match header names; 428 when absent, 400 when it is not one of our ETags. */
    public static long requiredVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag you read, so a concurrent change is never overwritten");
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "If-Match " + ifMatch + " is not an ETag of this API");
        }
    }

    public static ProblemException stale(String what, long expected, long actual) {
        return new ProblemException(ProblemType.PRECONDITION_FAILED,
                what + " changed since you read it (your version " + expected + ", current " + actual + "); read it again and retry",
                java.util.Map.of("currentVersion", actual));
    }
}
