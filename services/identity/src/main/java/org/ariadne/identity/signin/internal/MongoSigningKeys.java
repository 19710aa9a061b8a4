package org.ariadne.identity.signin.internal;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ariadne.identity.signin.IdentityProperties;
import org.ariadne.identity.signin.SigningKeyProperties;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.bson.Document;
import org.bson.types.Binary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Identity's signing keys in {@code platform__registry.signing_keys}, shared by every replica and kept across restarts:
 * {@code {_id: kid, publicJwk, privateKey: <AES-GCM encrypted JWK>, createdAt, replaces, retiredAt, publishedUntil}}.
 * <p>
 * The newest key that is not retired signs; every key whose {@code publishedUntil} lies ahead (or is not set) is in the
 * JWK Set, so a token signed before a rotation stays verifiable until it expires. A rotation inserts the new key with
 * {@code replaces: <current kid>} under a unique index, so two replicas rotating at once make one new key, not two;
 * the retired key's private part is deleted, only its public part stays published. Each replica keeps the keys in
 * memory, re-reads them every {@code refresh}, and at once when asked for a key id it does not know (rate-limited).
 */
@Component
class MongoSigningKeys implements JWKSource<SecurityContext> {

    static final String COLLECTION = "signing_keys";
    private static final Logger log = LoggerFactory.getLogger(MongoSigningKeys.class);
    private static final String FIRST = "none";
    private static final Duration MIN_RELOAD_INTERVAL = Duration.ofSeconds(5);

    /** One stored key: its public part, its private part when it still signs, and until when it is published. */
    record StoredKey(String kid, RSAKey publicKey, RSAKey signingKey, Instant createdAt, Instant retiredAt,
            Instant publishedUntil) {

        boolean publishedAt(Instant now) {
            return publishedUntil == null || publishedUntil.isAfter(now);
        }
    }

    private record Snapshot(List<StoredKey> keys, Instant loadedAt) {
    }

    private final TenantDatabases databases;
    private final KeyEncryption encryption;
    private final Duration retireAfterRotation;
    private final SigningKeyProperties properties;
    private final Clock clock = Clock.systemUTC();
    private volatile Snapshot snapshot;

    MongoSigningKeys(TenantDatabases databases, SigningKeyProperties properties, IdentityProperties identity) {
        this.databases = databases;
        this.properties = properties;
        if (properties.keyEncryptionKey().isBlank()) {
            log.warn("Signing keys are encrypted with the local default key-encryption key; set ARIADNE_KEY_ENCRYPTION_KEY"
                    + " (base64 of 32 random bytes) in every shared environment");
            this.encryption = KeyEncryption.of(KeyEncryption.LOCAL_DEFAULT);
        } else {
            this.encryption = KeyEncryption.of(properties.keyEncryptionKey());
        }
        this.retireAfterRotation = identity.accessTokenTtl().plus(properties.retireSkew());
        collection().createIndex(Indexes.ascending("replaces"), new IndexOptions().unique(true));
        ensureOne();
    }

    // ---------------------------------------------------------------- JWKSource: the published keys

    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) {
        List<JWK> matches = selector.select(published());
        if (matches.isEmpty() && !selector.getMatcher().getKeyIDs().isEmpty() && reloadAllowed()) {
            reload();
            matches = selector.select(published());
        }
        return matches;
    }

    /** Whether a key id is one of identity's published keys (looked up again when it is not known yet). */
    boolean isOwn(String kid) {
        if (kid == null) {
            return false;
        }
        if (known(kid)) {
            return true;
        }
        if (reloadAllowed()) {
            reload();
        }
        return known(kid);
    }

    /** The key new tokens are signed with. */
    RSAKey signingKey() {
        return current().signingKey();
    }

    /** Every stored key, newest first (for the admin API: never the private parts). */
    List<StoredKey> keys() {
        return fresh().keys();
    }

    // ---------------------------------------------------------------- rotation

    /**
     * Makes a new key the signing key and retires the current one: it stays published until every token it signed has
     * expired. When another replica rotated the same key at the same moment, its new key is kept and returned.
     */
    StoredKey rotate(String reason) {
        StoredKey previous = current();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        RSAKey created = generate();
        if (!insert(created, previous.kid(), now)) {
            log.info("Signing key {} was rotated by another replica at the same time", previous.kid());
            reload();
            return current();
        }
        Instant publishedUntil = now.plus(retireAfterRotation);
        collection().updateOne(and(eq("_id", previous.kid()), eq("retiredAt", null)), Updates.combine(
                Updates.set("retiredAt", Date.from(now)),
                Updates.set("publishedUntil", Date.from(publishedUntil)),
                Updates.unset("privateKey")));
        log.info("Signing key rotated ({}): {} signs from now on; {} is retired and stays published until {}",
                reason, created.getKeyID(), previous.kid(), publishedUntil);
        reload();
        return current();
    }

    /** Rotates when the signing key is older than {@code rotateAfter}; forgets keys no token can still need. */
    void rotateWhenDue() {
        reload();
        StoredKey current = current();
        if (current.createdAt().plus(properties.rotateAfter()).isBefore(clock.instant())) {
            rotate("the key was older than " + properties.rotateAfter());
        }
        long removed = collection().deleteMany(lt("publishedUntil", Date.from(clock.instant()))).getDeletedCount();
        if (removed > 0) {
            log.info("Removed {} retired signing key(s) whose tokens have all expired", removed);
            reload();
        }
    }

    // ---------------------------------------------------------------- loading

    private void ensureOne() {
        reload();
        if (snapshot.keys().stream().noneMatch(k -> k.signingKey() != null)) {
            RSAKey first = generate();
            if (insert(first, FIRST, clock.instant().truncatedTo(ChronoUnit.MILLIS))) {
                log.info("Created the first signing key {}", first.getKeyID());
            }
            reload();
        }
        log.info("Signing with key {}; {} key(s) published", current().kid(), published().getKeys().size());
    }

    private boolean insert(RSAKey key, String replaces, Instant now) {
        try {
            collection().insertOne(new Document("_id", key.getKeyID())
                    .append("publicJwk", key.toPublicJWK().toJSONString())
                    .append("privateKey", new Binary(encryption.encrypt(key.toJSONString(), key.getKeyID())))
                    .append("createdAt", Date.from(now))
                    .append("replaces", replaces)
                    .append("retiredAt", null)
                    .append("publishedUntil", null));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    private synchronized void reload() {
        List<StoredKey> keys = new ArrayList<>();
        for (Document d : collection().find().sort(Sorts.descending("createdAt"))) {
            keys.add(toKey(d));
        }
        snapshot = new Snapshot(List.copyOf(keys), clock.instant());
    }

    private Snapshot fresh() {
        Snapshot current = snapshot;
        if (current == null || current.loadedAt().plus(properties.refresh()).isBefore(clock.instant())) {
            reload();
            current = snapshot;
        }
        return current;
    }

    private boolean reloadAllowed() {
        Snapshot current = snapshot;
        return current == null || current.loadedAt().plus(MIN_RELOAD_INTERVAL).isBefore(clock.instant());
    }

    private StoredKey current() {
        return fresh().keys().stream().filter(k -> k.signingKey() != null && k.retiredAt() == null).findFirst()
                .or(() -> fresh().keys().stream().filter(k -> k.signingKey() != null).findFirst())
                .orElseThrow(() -> new IllegalStateException("No signing key in " + COLLECTION));
    }

    private JWKSet published() {
        Instant now = clock.instant();
        return new JWKSet(fresh().keys().stream().filter(k -> k.publishedAt(now)).map(k -> (JWK) k.publicKey()).toList());
    }

    private boolean known(String kid) {
        Instant now = clock.instant();
        return fresh().keys().stream().anyMatch(k -> k.kid().equals(kid) && k.publishedAt(now));
    }

    private StoredKey toKey(Document d) {
        String kid = d.getString("_id");
        try {
            RSAKey publicKey = RSAKey.parse(d.getString("publicJwk"));
            Binary encrypted = d.get("privateKey", Binary.class);
            RSAKey signingKey = encrypted == null ? null : RSAKey.parse(encryption.decrypt(encrypted.getData(), kid));
            return new StoredKey(kid, publicKey, signingKey, instant(d, "createdAt"), instant(d, "retiredAt"),
                    instant(d, "publishedUntil"));
        } catch (ParseException e) {
            throw new IllegalStateException("Signing key " + kid + " is not a readable JWK", e);
        }
    }

    private static Instant instant(Document d, String field) {
        return Optional.ofNullable(d.getDate(field)).map(Date::toInstant).orElse(null);
    }

    private static RSAKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyUse(KeyUse.SIGNATURE)
                    .keyID(UUID.randomUUID().toString())
                    .issueTime(new Date())
                    .build();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private MongoCollection<Document> collection() {
        return databases.platformRegistry().getCollection(COLLECTION);
    }
}
