package org.ariadne.load;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A user's access token the way a browser gets it (and bin/ariadne-token does): the authorization-code flow with PKCE
 * through the gateway, signing in at identity's form. One cookie jar per sign-in.
 */
final class SignIn {

    private static final String CLIENT_ID = "ariadne-web";
    private static final String REDIRECT_URI = "http://127.0.0.1:8765/callback";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final SecureRandom RANDOM = new SecureRandom();

    private SignIn() {
    }

    static String accessToken(StackClient stack, String username, String password) {
        HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        String verifier = random(48);
        String state = random(16);
        String authorize = "/oauth2/authorize?" + StackClient.form(Map.of("response_type", "code", "client_id", CLIENT_ID,
                "redirect_uri", REDIRECT_URI, "scope", "openid profile", "state", state,
                "code_challenge", challenge(verifier), "code_challenge_method", "S256"));
        HttpResponse<String> toLogin = send(browser, get(stack, authorize), 302, username);
        HttpResponse<String> loginPage = send(browser, get(stack, onGateway(toLogin)), 200, username);
        Matcher csrf = CSRF.matcher(loginPage.body());
        if (!csrf.find()) {
            throw new IllegalStateException("the sign-in page has no CSRF token");
        }
        HttpResponse<String> signedIn = send(browser, HttpRequest.newBuilder(URI.create(stack.base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(StackClient.form(Map.of("username", username, "password", password,
                        "_csrf", csrf.group(1))))).build(), 302, username);
        if (location(signedIn).contains("/login")) {
            throw new IllegalStateException("sign-in failed for " + username + " (wrong password, or a throttled account)");
        }
        HttpResponse<String> withCode = send(browser, get(stack, onGateway(signedIn)), 302, username);
        String code = queryParameter(location(withCode), "code");
        if (code == null || !state.equals(queryParameter(location(withCode), "state"))) {
            throw new IllegalStateException("no authorization code for " + username + ": " + location(withCode));
        }
        StackClient.Reply token = stack.send(HttpRequest.newBuilder(URI.create(stack.base() + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(StackClient.form(Map.of("grant_type", "authorization_code", "code", code,
                        "redirect_uri", REDIRECT_URI, "client_id", CLIENT_ID, "code_verifier", verifier)))).build()).expect(200);
        return token.json().path("access_token").asText();
    }

    private static HttpRequest get(StackClient stack, String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(stack.base() + pathAndQuery)).header("Accept", "text/html").GET().build();
    }

    /** A Location on any host (identity may name its own) is followed on the gateway: same path and query. */
    private static String onGateway(HttpResponse<String> response) {
        URI location = URI.create(location(response));
        return location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private static String queryParameter(String url, String name) {
        String query = URI.create(url).getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals(name)) {
                return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static HttpResponse<String> send(HttpClient browser, HttpRequest request, int expected, String username) {
        try {
            HttpResponse<String> response = browser.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException("signing in " + username + ": " + request.method() + " " + request.uri()
                        + " answered " + response.statusCode() + " " + response.body());
            }
            return response;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
