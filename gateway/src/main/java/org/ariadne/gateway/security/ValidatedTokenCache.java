package org.ariadne.gateway.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Boot's JWT decoder behind a cache of tokens it has already validated, keyed by the whole compact token (header,
 * claims and signature): a client sends the same token on every request until it expires, and parsing it, converting
 * the JWK to a key and checking the RSA signature again each time was the largest part of the gateway's cost.
 *
 * <p>An entry lives until the token's {@code exp} (never longer than {@code maxAge}, so a key withdrawn from identity's
 * JWKS stops being honoured within that time). Only successful validations are cached: a forged, expired or otherwise
 * refused token goes to the decoder every time. Keys differ by signature, so a token with altered claims or signature
 * never hits an entry of the genuine one.
 */
public final class ValidatedTokenCache implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder decoder;
    private final Cache<String, Jwt> validated;

    public ValidatedTokenCache(ReactiveJwtDecoder decoder, long maxSize, Duration maxAge, Clock clock) {
        this.decoder = decoder;
        this.validated = Caffeine.newBuilder()
                .maximumSize(maxSize)
                .expireAfter(untilExpiry(maxAge, clock))
                .recordStats()
                .build();
    }

    /** {@code cache_gets_total{cache="gateway.validated-tokens"}} and friends, for the hit rate. */
    public ValidatedTokenCache monitoredBy(MeterRegistry meters) {
        CaffeineCacheMetrics.monitor(meters, validated, "gateway.validated-tokens");
        return this;
    }

    /** The token as decoded when it was validated, while it is cached; null otherwise (the decoder must see it). */
    public Jwt validated(String token) {
        return validated.getIfPresent(token);
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt known = validated.getIfPresent(token);
        if (known != null) {
            return Mono.just(known);
        }
        return decoder.decode(token).doOnNext(jwt -> validated.put(token, jwt));
    }

    private static Expiry<String, Jwt> untilExpiry(Duration maxAge, Clock clock) {
        return new Expiry<>() {
            @Override
            public long expireAfterCreate(String token, Jwt jwt, long currentTime) {
                Instant expiresAt = jwt.getExpiresAt();
                if (expiresAt == null) {
                    return maxAge.toNanos();
                }
                long untilExpiry = Duration.between(clock.instant(), expiresAt).toNanos();
                return Math.max(0, Math.min(untilExpiry, maxAge.toNanos()));
            }

            @Override
            public long expireAfterUpdate(String token, Jwt jwt, long currentTime, long currentDuration) {
                return expireAfterCreate(token, jwt, currentTime);
            }

            @Override
            public long expireAfterRead(String token, Jwt jwt, long currentTime, long currentDuration) {
                return currentDuration;
            }
        };
    }
}
