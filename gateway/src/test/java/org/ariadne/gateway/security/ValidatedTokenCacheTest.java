package org.ariadne.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/** What the cache in front of the JWT decoder may and may not remember (the decoder itself is Boot's, tested there). */
class ValidatedTokenCacheTest {

    private final AtomicInteger decoded = new AtomicInteger();

    @Test
    void aValidatedTokenIsDecodedOnceUntilItExpires() {
        ReactiveJwtDecoder cache = cacheOver(token -> valid(token, Instant.now().plusSeconds(600)));

        Jwt first = cache.decode("token-a").block();
        Jwt second = cache.decode("token-a").block();

        assertThat(second).isSameAs(first);
        assertThat(decoded).hasValue(1);
        cache.decode("token-b").block();
        assertThat(decoded).as("another token string is another entry").hasValue(2);
    }

    @Test
    void aRefusedTokenIsNeverRemembered() {
        ReactiveJwtDecoder cache = cacheOver(token -> Mono.error(new BadJwtException("bad signature")));

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> cache.decode("forged").block()).isInstanceOf(BadJwtException.class);
        }
        assertThat(decoded).hasValue(3);
    }

    @Test
    void aTokenPastItsExpiryIsCheckedAgainEveryTime() {
        // the decoder tolerates a little clock skew; the cache never serves a token after its exp
        ReactiveJwtDecoder cache = cacheOver(token -> valid(token, Instant.now().minusSeconds(1)));

        cache.decode("token-a").block();
        cache.decode("token-a").block();

        assertThat(decoded).hasValue(2);
    }

    private ReactiveJwtDecoder cacheOver(ReactiveJwtDecoder decoder) {
        ReactiveJwtDecoder counting = token -> {
            decoded.incrementAndGet();
            return decoder.decode(token);
        };
        return new ValidatedTokenCache(counting, 100, Duration.ofMinutes(5), Clock.systemUTC());
    }

    private static Mono<Jwt> valid(String token, Instant expiresAt) {
        return Mono.just(Jwt.withTokenValue(token).header("alg", "RS256").subject("user@ba-04")
                .issuedAt(expiresAt.minusSeconds(3600)).expiresAt(expiresAt).build());
    }
}
