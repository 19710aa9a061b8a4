package org.ariadne.webapp.signin;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the user's roles out of the access token. The token came straight from identity's token endpoint to this
 * application (never through the browser), and every service verifies its signature on each call, so the pages read
 * its claims without verifying it again.
 */
final class AccessTokenClaims {

    private AccessTokenClaims() {
    }

    static SignedInUser read(String accessToken, String fallbackName) {
        JWTClaimsSet claims;
        try {
            claims = JWTParser.parse(accessToken).getJWTClaimsSet();
        } catch (ParseException e) {
            throw new IllegalStateException("identity issued an access token that is not a JWT", e);
        }
        List<String> tenants = stringList(claims.getClaim("tenants"));
        Map<String, Set<String>> roles = new LinkedHashMap<>();
        boolean platformAdmin = false;
        for (String role : stringList(claims.getClaim("roles"))) {
            int colon = role.lastIndexOf(':');
            if (colon > 0) {
                roles.computeIfAbsent(role.substring(0, colon), t -> new LinkedHashSet<>()).add(role.substring(colon + 1));
            } else if ("platform_admin".equals(role)) {
                platformAdmin = true;
            }
        }
        Map<String, String> institutions = new LinkedHashMap<>();
        if (claims.getClaim("institutions") instanceof Map<?, ?> map) {
            map.forEach((tenant, institution) -> institutions.put(String.valueOf(tenant), String.valueOf(institution)));
        }
        Object name = claims.getClaim("name");
        Object donorOrganisation = claims.getClaim("donor_org");
        return new SignedInUser(claims.getSubject(), name == null ? fallbackName : name.toString(), List.copyOf(tenants),
                roles, institutions, platformAdmin, donorOrganisation == null ? null : donorOrganisation.toString());
    }

    private static List<String> stringList(Object claim) {
        List<String> values = new ArrayList<>();
        if (claim instanceof List<?> list) {
            list.forEach(value -> values.add(String.valueOf(value)));
        }
        return values;
    }
}
