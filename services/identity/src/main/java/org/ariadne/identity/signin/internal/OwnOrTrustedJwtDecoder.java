package org.ariadne.identity.signin.internal;

import com.nimbusds.jose.JWSObject;
import java.text.ParseException;
import java.util.function.Predicate;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/** Chooses the verifying key by the token's {@code kid}: identity's own signing keys, else the optional trusted key. */
final class OwnOrTrustedJwtDecoder implements JwtDecoder {

    private final JwtDecoder own;
    private final Predicate<String> ownKeyId;
    private final JwtDecoder trusted;

    OwnOrTrustedJwtDecoder(JwtDecoder own, Predicate<String> ownKeyId, JwtDecoder trusted) {
        this.own = own;
        this.ownKeyId = ownKeyId;
        this.trusted = trusted;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        String keyId;
        try {
            keyId = JWSObject.parse(token).getHeader().getKeyID();
        } catch (ParseException e) {
            throw new BadJwtException("The bearer token is not a signed JWT", e);
        }
        if (trusted != null && !ownKeyId.test(keyId)) {
            return trusted.decode(token);
        }
        return own.decode(token);
    }
}
