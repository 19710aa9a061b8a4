package org.ariadne.identity.signin;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Failed sign-ins per key ({@code account:…}, {@code client:…}, {@code source:…}), shared by every identity replica. */
public interface SignInFailures {

    /** Counts one failure at {@code now}, starting again when the previous one is older than {@code window}; the new count. */
    int increment(String key, Instant now, Duration window);

    /** Pauses the key until {@code until}, unless it is already paused longer. */
    void pauseUntil(String key, Instant until);

    /** The end of the key's pause, if it has one (it may lie in the past). */
    Optional<Instant> pausedUntil(String key);

    /** Forgets the key's failures and pause. */
    void reset(String key);
}
