package org.ariadne.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Tokens for tests, shaped like identity's (claims {@code tenants} and {@code roles}), signed with a key pair made
 * once per JVM. Nothing is committed: the public key is written to a temporary file that resource servers read
 * through {@code spring.security.oauth2.resourceserver.jwt.public-key-location}.
 */
public final class TestJwts {

    private static final KeyPair KEYS = generate();
    private static final Path PUBLIC_KEY = writePublicKey();

    private TestJwts() {
    }

    /** The value for {@code spring.security.oauth2.resourceserver.jwt.public-key-location}. */
    public static String publicKeyLocation() {
        return PUBLIC_KEY.toUri().toString();
    }

    /**
     * A JWK Set endpoint publishing the test key, as identity publishes its own at {@code /oauth2/jwks}: the value for
     * {@code spring.security.oauth2.resourceserver.jwt.jwk-set-uri}, so tests use the same key mechanism as production.
     */
    public static synchronized String jwksUri() {
        if (jwksServer == null) {
            try {
                String jwks = new com.nimbusds.jose.jwk.JWKSet(new com.nimbusds.jose.jwk.RSAKey.Builder(
                        (java.security.interfaces.RSAPublicKey) KEYS.getPublic()).keyID("ariadne-test").build()).toString();
                byte[] body = jwks.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                jwksServer = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
                jwksServer.createContext("/oauth2/jwks", exchange -> {
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, body.length);
                    exchange.getResponseBody().write(body);
                    exchange.close();
                });
                jwksServer.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return "http://127.0.0.1:" + jwksServer.getAddress().getPort() + "/oauth2/jwks";
    }

    private static com.sun.net.httpserver.HttpServer jwksServer;

    /** A token for one tenant with the given roles in it (coordinator when none are given). */
    public static String forTenant(String tenant, String... roles) {
        List<String> scoped = new ArrayList<>();
        for (String role : roles.length == 0 ? new String[] {"coordinator"} : roles) {
            scoped.add(tenant + ":" + role);
        }
        return token("user@" + tenant, List.of(tenant), scoped);
    }

    /** A donor user's token, as identity issues it: its organisation ({@code donor_org}), no tenants, no roles. */
    public static String donor(String organisation) {
        return token("officer@" + organisation, List.of(), List.of(), java.util.Map.of("donor_org", organisation));
    }

    public static String platformAdmin() {
        return token("admin@platform", List.of(), List.of("platform_admin"));
    }

    public static String token(String subject, List<String> tenants, List<String> roles) {
        return token(subject, tenants, roles, java.util.Map.of());
    }

    /** A token with further claims, e.g. {@code institutions} ({tenant: institution}) for focal points. */
    public static String token(String subject, List<String> tenants, List<String> roles, java.util.Map<String, Object> extraClaims) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder();
        extraClaims.forEach(claims::claim);
        return sign(claims
                .subject(subject)
                .issuer("ariadne-test")
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(Instant.now()))
                .expirationTime(Date.from(Instant.now().plusSeconds(3600)))
                .claim("tenants", tenants)
                .claim("roles", roles)
                .build());
    }

    /** A token whose lifetime ended a minute ago. */
    public static String expired(String tenant) {
        return sign(new JWTClaimsSet.Builder().subject("user@" + tenant).issuer("ariadne-test")
                .issueTime(Date.from(Instant.now().minusSeconds(3600)))
                .expirationTime(Date.from(Instant.now().minusSeconds(60)))
                .claim("tenants", List.of(tenant)).claim("roles", List.of(tenant + ":coordinator")).build());
    }

    private static String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("ariadne-test").build(), claims);
            jwt.sign(new RSASSASigner((RSAPrivateKey) KEYS.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path writePublicKey() {
        try {
            Path file = Files.createTempFile("ariadne-test-jwt", ".pub");
            file.toFile().deleteOnExit();
            String pem = "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(KEYS.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n";
            Files.writeString(file, pem);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
