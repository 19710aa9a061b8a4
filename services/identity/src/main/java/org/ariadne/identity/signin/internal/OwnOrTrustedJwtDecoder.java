package org.ariadne.identity.signin.internal;

import com.nimbusds.jose.JWSObject;
import java.text.ParseException;
import java.util.Set;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/** Chooses the verifying key by the token's {@code kid}: identity's own signing key, else the optional trusted key. */
final class OwnOrTrustedJwtDecoder implements JwtDecoder {

    private final JwtDecoder own;
    private final Set<String> ownKeyIds;
    private final JwtDecoder trusted;

    OwnOrTrustedJwtDecoder(JwtDecoder own, Set<String> ownKeyIds, JwtDecoder trusted) {
        this.own = own;
        this.ownKeyIds = ownKeyIds;
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
        if (trusted != null && (keyId == null || !ownKeyIds.contains(keyId))) {
            return trusted.decode(token);
        }
        return own.decode(token);
    }
}
