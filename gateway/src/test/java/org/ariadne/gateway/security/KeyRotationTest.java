package org.ariadne.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Identity's key rotation as the gateway sees it, through the decoder Boot builds from identity's JWK Set and the
 * validated-token cache in front of it: a token signed with the new key is accepted at once (an unknown key id makes
 * the decoder fetch the key set again), tokens of the previous key stay valid while identity still publishes it, and
 * once identity has withdrawn it a token of that key is refused by every decoder that has not validated it before.
 */
class KeyRotationTest {

    private final AtomicReference<String> published = new AtomicReference<>();
    private HttpServer identity;

    @AfterEach
    void stop() {
        if (identity != null) {
            identity.stop(0);
        }
    }

    @Test
    void aRotationIsFollowedAndTheRetiredKeyIsHonouredUntilWithdrawn() throws Exception {
        RSAKey first = new RSAKeyGenerator(2048).keyID("first").generate();
        RSAKey second = new RSAKeyGenerator(2048).keyID("second").generate();
        String jwks = serve(new JWKSet(first.toPublicJWK()));
        ReactiveJwtDecoder gateway = new ValidatedTokenCache(NimbusReactiveJwtDecoder.withJwkSetUri(jwks).build(), 100,
                Duration.ofMinutes(5), Clock.systemUTC());
        String before = sign(first);
        assertThat(gateway.decode(before).block().getSubject()).isEqualTo("coordinator.ba04");

        published.set(new JWKSet(List.of(second.toPublicJWK(), first.toPublicJWK())).toString());
        String after = sign(second);

        assertThat(gateway.decode(after).block().getSubject()).isEqualTo("coordinator.ba04");
        assertThat(gateway.decode(before).block().getSubject()).isEqualTo("coordinator.ba04");

        published.set(new JWKSet(second.toPublicJWK()).toString());
        ReactiveJwtDecoder restartedGateway = new ValidatedTokenCache(NimbusReactiveJwtDecoder.withJwkSetUri(jwks).build(), 100,
                Duration.ofMinutes(5), Clock.systemUTC());
        assertThat(restartedGateway.decode(after).block().getSubject()).isEqualTo("coordinator.ba04");
        assertThatThrownBy(() -> restartedGateway.decode(before).block()).isInstanceOf(JwtException.class);
    }

    private String serve(JWKSet keys) throws Exception {
        published.set(keys.toString());
        identity = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        identity.createContext("/oauth2/jwks", exchange -> {
            byte[] body = published.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        identity.start();
        return "http://127.0.0.1:" + identity.getAddress().getPort() + "/oauth2/jwks";
    }

    private static String sign(RSAKey key) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder().subject("coordinator.ba04").issueTime(new Date())
                        .expirationTime(Date.from(Instant.now().plusSeconds(3600))).build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
