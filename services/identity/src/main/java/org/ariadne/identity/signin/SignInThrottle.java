package org.ariadne.identity.signin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@code accountFailures} failed sign-ins of one account (a user at the sign-in
 * form, or a confidential client at the token endpoint) that account is paused, and after {@code sourceFailures}
 * failures from one source address that address is paused, whatever the account. A pause starts at
 * {@code firstPause} and doubles with each further failure, up to {@code maxPause}. While paused, attempts are refused
 * without checking the password, and do not count. A successful sign-in forgets the account's failures (not the
 * address's: one valid account must not launder an address that guesses others).
 * <p>
 * The counts live in Mongo ({@link SignInFailures}), so every identity replica sees the same ones.
 */
@Component
public class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);
    private static final int READABLE_KEY_LENGTH = 100;

    private final SignInFailures failures;
    private final SignInThrottleProperties properties;
    private final Clock clock;

    public SignInThrottle(SignInFailures failures, SignInThrottleProperties properties) {
        this.failures = failures;
        this.properties = properties;
        this.clock = Clock.systemUTC();
    }

    /** Who is signing in: an account key ({@link #user} or {@link #client}) and the source address. */
    public record Attempt(String account, String source) {
    }

    public static String user(String username) {
        return "account:" + readable(username);
    }

    public static String client(String clientId) {
        return "client:" + readable(clientId);
    }

    /** Until when this attempt must wait, when the account or the source is paused now. */
    public Optional<Instant> pausedUntil(Attempt attempt) {
        Instant now = clock.instant();
        return Stream.of(attempt.account(), sourceKey(attempt))
                .map(failures::pausedUntil).flatMap(Optional::stream)
                .filter(now::isBefore).max(Instant::compareTo);
    }

    /** Counts a failed attempt; the pause it starts (or the one already running), if any. */
    public Optional<Instant> failed(Attempt attempt) {
        Instant now = clock.instant();
        pauseWhenOverLimit(attempt.account(), properties.accountFailures(), now, attempt);
        pauseWhenOverLimit(sourceKey(attempt), properties.sourceFailures(), now, attempt);
        return pausedUntil(attempt);
    }

    /** A successful sign-in forgets the account's failures. */
    public void succeeded(Attempt attempt) {
        failures.reset(attempt.account());
    }

    /** Seconds until {@code until}, at least 1: the Retry-After value. */
    public long secondsUntil(Instant until) {
        return Math.max(1, Duration.between(clock.instant(), until).toSeconds() + 1);
    }

    private void pauseWhenOverLimit(String key, int limit, Instant now, Attempt attempt) {
        int count = failures.increment(key, now, properties.window());
        if (count < limit) {
            return;
        }
        int doublings = Math.min(count - limit, 20);
        Duration pause = properties.firstPause().multipliedBy(1L << doublings);
        if (pause.compareTo(properties.maxPause()) > 0) {
            pause = properties.maxPause();
        }
        failures.pauseUntil(key, now.plus(pause));
        log.warn("Sign-in paused for {} until {} after {} failed attempts (the last one: {} from {})",
                key, now.plus(pause), count, attempt.account(), attempt.source());
    }

    private static String sourceKey(Attempt attempt) {
        return "source:" + readable(attempt.source());
    }

    /** Keys stay short and printable whatever a client sends: anything else is replaced by its hash. */
    private static String readable(String value) {
        String text = value == null ? "" : value;
        if (text.length() <= READABLE_KEY_LENGTH && text.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            return text;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "#" + HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
