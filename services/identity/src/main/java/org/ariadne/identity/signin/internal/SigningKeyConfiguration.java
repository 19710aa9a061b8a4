package org.ariadne.identity.signin.internal;

import com.nimbusds.jose.jwk.JWKSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * How identity signs and verifies with the keys in Mongo ({@link MongoSigningKeys}, also the JWK Set the authorization
 * server publishes at {@code /oauth2/jwks}): the encoder signs with the current key only, the decoder of identity's own
 * API accepts every published key, and the keys are rotated when due.
 */
@Configuration(proxyBeanMethods = false)
class SigningKeyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SigningKeyConfiguration.class);

    /** The authorization server signs every token through this bean: always with the newest key. */
    @Bean
    JwtEncoder jwtEncoder(MongoSigningKeys keys) {
        return new NimbusJwtEncoder((selector, context) -> selector.select(new JWKSet(keys.signingKey())));
    }

    /**
     * Tokens identity signed itself; plus tokens signed by an extra trusted key when one is configured the standard
     * way: {@code spring.security.oauth2.resourceserver.jwt.jwk-set-uri} (tests publish their key there) or
     * {@code spring.security.oauth2.resourceserver.jwt.public-key-location}. The token's {@code kid} picks the key.
     */
    @Bean
    JwtDecoder jwtDecoder(MongoSigningKeys keys, ResourceLoader resources,
            @Value("${spring.security.oauth2.resourceserver.jwt.jwk-set-uri:}") String jwkSetUri,
            @Value("${spring.security.oauth2.resourceserver.jwt.public-key-location:}") String publicKeyLocation) {
        JwtDecoder own = NimbusJwtDecoder.withJwkSource(keys).build();
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
        return new OwnOrTrustedJwtDecoder(own, keys::isOwn, trusted);
    }

    /**
     * Hourly: a new signing key once the current one is older than {@code rotate-after}. Platform work, not a
     * tenant's, so it has its own thread rather than a scheduled method (those run per tenant through TenantJobs).
     */
    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService keyRotationSchedule(MongoSigningKeys keys,
            @Value("${ariadne.identity.signing-keys.check-interval:PT1H}") Duration interval) {
        ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "signing-key-rotation");
            thread.setDaemon(true);
            return thread;
        });
        schedule.scheduleWithFixedDelay(() -> {
            try {
                keys.rotateWhenDue();
            } catch (RuntimeException e) {
                log.error("Signing key rotation check failed; the current key keeps signing", e);
            }
        }, Duration.ofMinutes(1).toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        return schedule;
    }
}
