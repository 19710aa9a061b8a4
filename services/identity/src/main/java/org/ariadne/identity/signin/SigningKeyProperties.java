package org.ariadne.identity.signin;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ariadne.identity.signing-keys.*}: the keys identity signs tokens with, kept in Mongo.
 *
 * @param keyEncryptionKey base64 of 32 random bytes ({@code ARIADNE_KEY_ENCRYPTION_KEY}); private keys are stored
 *                         encrypted with it (AES-256-GCM). Empty: a fixed local-only key, with a warning at start-up.
 * @param rotateAfter      a new key signs once the current one is this old (checked hourly); the previous key stays
 *                         published until the last token it signed has expired
 * @param refresh          how often a replica re-reads the keys (a key it does not know is looked up at once)
 * @param retireSkew       how long a retired key stays published beyond the access-token lifetime, for replicas that
 *                         signed with it until they re-read the keys
 */
@ConfigurationProperties("ariadne.identity.signing-keys")
public record SigningKeyProperties(
        @DefaultValue("") String keyEncryptionKey,
        @DefaultValue("30d") Duration rotateAfter,
        @DefaultValue("1m") Duration refresh,
        @DefaultValue("5m") Duration retireSkew) {
}
