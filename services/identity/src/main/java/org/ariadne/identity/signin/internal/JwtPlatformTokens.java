package org.ariadne.identity.signin.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ariadne.identity.signin.IdentityProperties;
import org.ariadne.identity.signin.PlatformTokens;
import org.ariadne.tenancy.TenantClaims;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/** Signs the lifecycle jobs' tokens with identity's current key, as the token endpoint would for the admin client. */
@Component
class JwtPlatformTokens implements PlatformTokens {

    private static final Duration LIFETIME = Duration.ofMinutes(5);

    private final JwtEncoder encoder;
    private final IdentityProperties properties;

    JwtPlatformTokens(JwtEncoder encoder, IdentityProperties properties) {
        this.encoder = encoder;
        this.properties = properties;
    }

    @Override
    public String platformAdminToken() {
        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(properties.issuer())
                .subject("identity")
                .id(UUID.randomUUID().toString())
                .issuedAt(now)
                .expiresAt(now.plus(LIFETIME))
                .claim(TenantClaims.TENANTS, new ArrayList<String>())
                .claim(TenantClaims.ROLES, new ArrayList<>(List.of(TenantClaims.PLATFORM_ADMIN)))
                .build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims)).getTokenValue();
    }
}
