package org.ariadne.identity.signin.internal;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.ariadne.identity.signin.SignedInBrowsers;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Who signed in at identity's sign-in form, kept in {@code platform__registry.sign_in_sessions} instead of an HTTP
 * session: the browser holds a random cookie, Mongo holds its SHA-256 with the username, the authorities and an
 * expiry. Any replica finishes a sign-in that another one started, and a restart signs nobody out. Only the
 * username and authorities are stored (nothing serialised), and the store forgets a session at its expiry (TTL index)
 * or at sign-out.
 */
@Component
class MongoSignInSessions implements SecurityContextRepository, SignedInBrowsers {

    static final String COLLECTION = "sign_in_sessions";
    static final String COOKIE = "ARIADNE_SIGN_IN";

    private final TenantDatabases databases;
    private final Duration lifetime;
    private final SecureRandom random = new SecureRandom();

    MongoSignInSessions(TenantDatabases databases, @Value("${ariadne.identity.sign-in.session-lifetime:8h}") Duration lifetime) {
        this.databases = databases;
        this.lifetime = lifetime;
        collection().createIndex(Indexes.ascending("expiresAt"), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
    }

    @Override
    public SecurityContext loadContext(org.springframework.security.web.context.HttpRequestResponseHolder holder) {
        return load(holder.getRequest());
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        Authentication authentication = context.getAuthentication();
        Optional<String> existing = cookie(request);
        if (authentication == null || !authentication.isAuthenticated()) {
            existing.ifPresent(value -> collection().deleteOne(eq("_id", hash(value))));
            if (existing.isPresent()) {
                setCookie(request, response, "", 0);
            }
            return;
        }
        if (!(authentication instanceof UsernamePasswordAuthenticationToken)) {
            return; // a bearer token on the authorization server's endpoints: a request, not a sign-in
        }
        if (existing.isPresent() && stored(existing.get()).filter(d -> authentication.getName().equals(d.getString("username")))
                .isPresent()) {
            return; // already saved: a request of a signed-in browser changes nothing
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        // a factor (the password) keeps when it was proven: the ID token's auth_time is read from it
        List<Document> authorities = authentication.getAuthorities().stream()
                .map(a -> new Document("authority", a.getAuthority()).append("issuedAt",
                        a instanceof FactorGrantedAuthority factor ? Date.from(factor.getIssuedAt()) : null))
                .toList();
        collection().replaceOne(eq("_id", hash(value)), new Document("_id", hash(value))
                .append("username", authentication.getName())
                .append("authorities", authorities)
                .append("signedInAt", new Date())
                .append("expiresAt", Date.from(Instant.now().plus(lifetime))), new ReplaceOptions().upsert(true));
        existing.ifPresent(old -> collection().deleteOne(eq("_id", hash(old))));
        setCookie(request, response, value, (int) lifetime.toSeconds());
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return cookie(request).flatMap(this::stored).isPresent();
    }

    /** Signs a browser out: its session is forgotten here, whichever replica it reaches. */
    void forget(HttpServletRequest request, HttpServletResponse response) {
        cookie(request).ifPresent(value -> collection().deleteOne(eq("_id", hash(value))));
        setCookie(request, response, "", 0);
    }

    @Override
    public void signOutEverywhere(String username) {
        collection().deleteMany(eq("username", username));
    }

    private SecurityContext load(HttpServletRequest request) {
        Optional<Document> session = cookie(request).flatMap(this::stored);
        if (session.isEmpty()) {
            return SecurityContextHolder.createEmptyContext();
        }
        String username = session.get().getString("username");
        List<GrantedAuthority> authorities = session.get().getList("authorities", Document.class, List.of()).stream()
                .map(MongoSignInSessions::authority).toList();
        User principal = new User(username, "", authorities);
        return new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
    }

    private static GrantedAuthority authority(Document stored) {
        Date issuedAt = stored.getDate("issuedAt");
        return issuedAt == null ? new SimpleGrantedAuthority(stored.getString("authority"))
                : FactorGrantedAuthority.withAuthority(stored.getString("authority")).issuedAt(issuedAt.toInstant()).build();
    }

    private Optional<Document> stored(String cookieValue) {
        return Optional.ofNullable(collection().find(and(eq("_id", hash(cookieValue)), gt("expiresAt", new Date()))).first());
    }

    private static Optional<String> cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName()) && cookie.getValue() != null && !cookie.getValue().isBlank()) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    private static void setCookie(HttpServletRequest request, HttpServletResponse response, String value, int maxAge) {
        Cookie cookie = new Cookie(COOKIE, value);
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge(maxAge);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    private static String hash(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private MongoCollection<Document> collection() {
        return databases.platformRegistry().getCollection(COLLECTION);
    }
}
