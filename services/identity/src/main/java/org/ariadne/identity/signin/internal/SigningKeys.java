package org.ariadne.identity.signin.internal;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The key identity signs tokens with, and the decoder its own API (and {@code /userinfo}) verifies bearer tokens with.
 * <p>
 * The key pair is generated at start-up and lives only in memory: tokens stay verifiable while the process lives, and
 * a restart invalidates every token issued before it (users simply sign in again). A persistent, rotated key
 * (a keystore or a KMS) replaces this before more than one identity replica runs.
 */
@Configuration(proxyBeanMethods = false)
class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    @Bean
    RSAKey signingKey() {
        KeyPair keys = generate();
        RSAKey key = new RSAKey.Builder((RSAPublicKey) keys.getPublic())
                .privateKey((RSAPrivateKey) keys.getPrivate())
                .keyID(UUID.randomUUID().toString())
                .build();
        log.warn("Generated an in-memory RSA signing key (kid {}); tokens issued before a restart of identity stop "
                + "being valid when it restarts", key.getKeyID());
        return key;
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(RSAKey signingKey) {
        return new ImmutableJWKSet<>(new JWKSet(signingKey));
    }

    /**
     * Tokens identity signed itself; plus tokens signed by an extra trusted key when one is configured the standard
     * way: {@code spring.security.oauth2.resourceserver.jwt.jwk-set-uri} (tests publish their key there) or
     * {@code spring.security.oauth2.resourceserver.jwt.public-key-location}. The token's {@code kid} picks the key.
     */
    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource, RSAKey signingKey, ResourceLoader resources,
            @Value("${spring.security.oauth2.resourceserver.jwt.jwk-set-uri:}") String jwkSetUri,
            @Value("${spring.security.oauth2.resourceserver.jwt.public-key-location:}") String publicKeyLocation) {
        JwtDecoder own = NimbusJwtDecoder.withJwkSource(jwkSource).build();
        JwtDecoder trusted = null;
        if (!jwkSetUri.isBlank()) {
            trusted = NimbusJwtDecoder.withJwkSetUri(jwkSetUri).build();
            log.info("Bearer tokens signed by the keys at {} are accepted besides identity's own", jwkSetUri);
        } else if (!publicKeyLocation.isBlank()) {
            try (InputStream in = resources.getResource(publicKeyLocation).getInputStream()) {
                trusted = NimbusJwtDecoder.withPublicKey(RsaKeyConverters.x509().convert(in)).build();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the public key at " + publicKeyLocation, e);
            }
            log.info("Bearer tokens signed by the key at {} are accepted besides identity's own", publicKeyLocation);
        }
        return new OwnOrTrustedJwtDecoder(own, Set.of(signingKey.getKeyID()), trusted);
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
}
