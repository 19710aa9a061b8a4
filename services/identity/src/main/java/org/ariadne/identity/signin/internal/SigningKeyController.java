package org.ariadne.identity.signin.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Platform admins see identity's signing keys (never their private parts) and rotate them on demand. */
@RestController
@RequestMapping("/api/admin/signing-keys")
@Tag(name = "Signing keys", description = "The keys identity signs tokens with (platform admins only)")
class SigningKeyController {

    private final MongoSigningKeys keys;

    SigningKeyController(MongoSigningKeys keys) {
        this.keys = keys;
    }

    @GetMapping
    @Operation(summary = "Every key in the JWK Set, newest first: the signing key, and retired keys until their tokens expire")
    List<KeyView> list() {
        return keys.keys().stream().map(KeyView::of).toList();
    }

    @PostMapping("/rotation")
    @Operation(summary = "Sign with a new key from now on; the previous key stays published until its tokens have expired")
    List<KeyView> rotate() {
        keys.rotate("asked through the admin API");
        return list();
    }

    record KeyView(String kid, boolean signing, Instant createdAt, Instant retiredAt, Instant publishedUntil) {
        static KeyView of(MongoSigningKeys.StoredKey key) {
            return new KeyView(key.kid(), key.signingKey() != null && key.retiredAt() == null, key.createdAt(),
                    key.retiredAt(), key.publishedUntil());
        }
    }
}
