package org.ariadne.identity.signin.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts signing keys before they are stored (AES-256-GCM with the key-encryption key from the environment). The
 * key id is the additional authenticated data, so an encrypted key copied onto another key's document does not
 * decrypt. The key-encryption key is never logged and never stored.
 */
final class KeyEncryption {

    /** A fixed key for the local stack only; identity warns at start-up while it is in use. */
    static final String LOCAL_DEFAULT = "bG9jYWwtb25seS1hcmlhZG5lLWtleS1lbmNyeXB0aW8=";

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    private KeyEncryption(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    /** From the base64 text of 32 random bytes ({@code openssl rand -base64 32}). */
    static KeyEncryption of(String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("ARIADNE_KEY_ENCRYPTION_KEY is not base64 (expected 32 random bytes, e.g. from"
                    + " 'openssl rand -base64 32')");
        }
        if (key.length != 32) {
            throw new IllegalStateException("ARIADNE_KEY_ENCRYPTION_KEY must be 32 bytes (base64 of 32 random bytes), not "
                    + key.length);
        }
        return new KeyEncryption(key);
    }

    /** The IV followed by the ciphertext and its tag. */
    byte[] encrypt(String plain, String keyId) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, out, 0, IV_BYTES);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt signing key " + keyId, e);
        }
    }

    String decrypt(byte[] ivAndSealed, String keyId) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, ivAndSealed, 0, IV_BYTES));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(ivAndSealed, IV_BYTES, ivAndSealed.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Signing key " + keyId + " does not decrypt with ARIADNE_KEY_ENCRYPTION_KEY:"
                    + " the environment's key-encryption key is not the one it was stored with", e);
        }
    }
}
