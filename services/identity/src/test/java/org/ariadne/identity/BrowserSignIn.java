package org.ariadne.identity;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The authorization-code + PKCE flow exactly as {@code bin/ariadne-token} does it: a real HTTP client with a cookie
 * jar, no automatic redirects, the sign-in form's CSRF token scraped from the page.
 */
final class BrowserSignIn {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern CODE = Pattern.compile("[?&]code=([^&]+)");

    private final String base;
    /** Where the browser continues after signing in (another replica in the two-replica test; else the same). */
    private final String continueAt;
    private final String redirectUri;
    private final HttpClient http;
    private final String verifier = randomUrlSafe(48);
    private final String state = randomUrlSafe(16);

    BrowserSignIn(int port, String redirectUri) {
        this(port, port, redirectUri);
    }

    /**
     * Signs in at the replica on {@code signInPort} and continues the authorization at the one on {@code continuePort}
     * (cookies are per host, not per port, so the browser brings its sign-in along); the code goes back to the first.
     */
    BrowserSignIn(int signInPort, int continuePort, String redirectUri) {
        this.base = "http://127.0.0.1:" + signInPort;
        this.continueAt = "http://127.0.0.1:" + continuePort;
        this.redirectUri = redirectUri;
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Signs in and exchanges the code; the token endpoint's JSON, or empty when no code was issued. */
    Optional<String> tokenResponse(String username, String password) {
        return authorizationCode(username, password).map(this::exchange);
    }

    /** The authorization code the redirect URI receives, or empty when sign-in failed. */
    Optional<String> authorizationCode(String username, String password) {
        String authorize = base + "/oauth2/authorize?" + form(Map.of(
                "response_type", "code",
                "client_id", "ariadne-web",
                "redirect_uri", redirectUri,
                "scope", "openid profile",
                "state", state,
                "code_challenge", challenge(verifier),
                "code_challenge_method", "S256"));
        HttpResponse<String> first = get(authorize);
        if (first.statusCode() != 302 || !location(first).contains("/login")) {
            throw new AssertionError("authorize should send an anonymous browser to /login: " + first.statusCode() + " " + first.headers());
        }
        HttpResponse<String> loginPage = get(resolve(location(first)));
        Matcher csrf = CSRF.matcher(loginPage.body());
        if (loginPage.statusCode() != 200 || !csrf.find()) {
            throw new AssertionError("no sign-in form with a CSRF token at " + location(first) + ": " + loginPage.statusCode()
                    + " " + loginPage.headers() + loginPage.body());
        }
        HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                        "username", username, "password", password, "_csrf", csrf.group(1))))));
        if (login.statusCode() != 302 || location(login).contains("/login?error")) {
            return Optional.empty();
        }
        HttpResponse<String> again = get(continueAt + path(resolve(location(login))));
        String target = again.statusCode() == 302 ? location(again) : "";
        if (!target.startsWith(redirectUri)) {
            if (!continueAt.equals(base)) {
                throw new AssertionError("continuing at " + continueAt + " after signing in at " + base + ": "
                        + again.statusCode() + " " + again.headers() + " " + again.body());
            }
            return Optional.empty();
        }
        if (!target.contains("state=" + state)) {
            throw new AssertionError("state not returned: " + target);
        }
        Matcher code = CODE.matcher(target);
        return code.find() ? Optional.of(java.net.URLDecoder.decode(code.group(1), StandardCharsets.UTF_8)) : Optional.empty();
    }

    String exchange(String code) {
        HttpResponse<String> token = send(HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                        "grant_type", "authorization_code",
                        "code", code,
                        "redirect_uri", redirectUri,
                        "client_id", "ariadne-web",
                        "code_verifier", verifier)))));
        if (token.statusCode() != 200) {
            throw new AssertionError("token endpoint refused the code: " + token.statusCode() + " " + token.body());
        }
        return token.body();
    }

    private static String path(String url) {
        URI uri = URI.create(url);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private String resolve(String location) {
        return location.startsWith("http") ? location : base + location;
    }

    private HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    static String form(Map<String, String> fields) {
        return new LinkedHashMap<>(fields).entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String randomUrlSafe(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
