package org.ariadne.identity.signin.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;
import org.ariadne.web.servlet.ProblemResponses;
import org.springframework.http.HttpHeaders;

/**
 * The answer to a sign-in attempt while its account or source is paused: 429 with {@code Retry-After}; a page that
 * says when to try again for a browser at the sign-in form, a {@code sign-in-throttled} problem for everyone else.
 */
final class SignInPausedResponse {

    private SignInPausedResponse() {
    }

    static void write(HttpServletRequest request, HttpServletResponse response, Instant until, long retryAfterSeconds) throws IOException {
        Instant at = until.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds));
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (SignInAttempts.isForm(request) && accept != null && accept.contains("text/html")) {
            response.setStatus(ProblemType.SIGN_IN_THROTTLED.status().value());
            response.setContentType("text/html");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(page(at, retryAfterSeconds));
            return;
        }
        ProblemResponses.write(response, new ProblemException(ProblemType.SIGN_IN_THROTTLED,
                "Too many failed sign-ins for this account or from this address. Try again in " + waitText(retryAfterSeconds)
                        + ", after " + at + ".",
                Map.of("retryAfterSeconds", retryAfterSeconds, "retryAt", at.toString())));
    }

    private static String page(Instant at, long seconds) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Sign-in paused</title></head>
                <body>
                <main>
                <h1>Sign-in paused</h1>
                <p>There were too many failed sign-ins for this account or from your network, so sign-in is paused to
                protect the account.</p>
                <p><strong>Try again in %s</strong> (after %s UTC). Attempts before then are refused, even with the right
                password.</p>
                <p>If you forgot your password, ask your coordinator or the platform operator to set a new one.</p>
                <p><a href="/login">Back to sign-in</a></p>
                </main>
                </body>
                </html>
                """.formatted(waitText(seconds), at.toString().replace('T', ' ').replace("Z", ""));
    }

    private static String waitText(long seconds) {
        if (seconds < 90) {
            return seconds + " seconds";
        }
        long minutes = (seconds + 59) / 60;
        return minutes + " minutes";
    }
}
