package org.ariadne.identity.signin.internal;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.dao.DataRetrievalFailureException;
import org.springframework.security.jackson.SecurityJacksonModules;
import org.springframework.security.oauth2.core.AbstractOAuth2Token;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2DeviceCode;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.OAuth2UserCode;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The authorization server's authorizations (authorization requests in progress, codes, issued tokens) in
 * {@code platform__registry.oauth2_authorizations}, so a code issued by one replica is redeemed at another and a
 * restart loses nothing. Attributes and token metadata are JSON written by Spring Security's own Jackson modules (as
 * its JDBC store does); each token value has an index for the lookups by token, and a TTL index removes an
 * authorization once all its tokens have expired.
 */
@Component
class MongoOAuth2AuthorizationService implements OAuth2AuthorizationService {

    static final String COLLECTION = "oauth2_authorizations";
    /** An authorization request that never got a code (abandoned sign-in) is forgotten after this. */
    private static final Duration PENDING_LIFETIME = Duration.ofHours(1);
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    /** The token kinds an authorization can hold: field name, the token class, the lookup token type. */
    private enum Kind {
        CODE("authorizationCode", OAuth2AuthorizationCode.class, OAuth2ParameterNames.CODE),
        ACCESS("accessToken", OAuth2AccessToken.class, OAuth2TokenType.ACCESS_TOKEN.getValue()),
        REFRESH("refreshToken", OAuth2RefreshToken.class, OAuth2TokenType.REFRESH_TOKEN.getValue()),
        ID_TOKEN("oidcIdToken", OidcIdToken.class, OidcParameterNames.ID_TOKEN),
        USER_CODE("userCode", OAuth2UserCode.class, OAuth2ParameterNames.USER_CODE),
        DEVICE_CODE("deviceCode", OAuth2DeviceCode.class, OAuth2ParameterNames.DEVICE_CODE);

        final String field;
        final Class<? extends AbstractOAuth2Token> type;
        final String lookup;

        Kind(String field, Class<? extends AbstractOAuth2Token> type, String lookup) {
            this.field = field;
            this.type = type;
            this.lookup = lookup;
        }
    }

    private final TenantDatabases databases;
    private final RegisteredClientRepository clients;
    private final JsonMapper json = JsonMapper.builder()
            .addModules(SecurityJacksonModules.getModules(MongoOAuth2AuthorizationService.class.getClassLoader()))
            .build();

    MongoOAuth2AuthorizationService(TenantDatabases databases, RegisteredClientRepository clients) {
        this.databases = databases;
        this.clients = clients;
        collection().createIndex(Indexes.ascending("state"), new IndexOptions().sparse(true));
        for (Kind kind : Kind.values()) {
            collection().createIndex(Indexes.ascending(kind.field + ".value"), new IndexOptions().sparse(true));
        }
        collection().createIndex(Indexes.ascending("expiresAt"), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        Document document = new Document("_id", authorization.getId())
                .append("registeredClientId", authorization.getRegisteredClientId())
                .append("principalName", authorization.getPrincipalName())
                .append("grantType", authorization.getAuthorizationGrantType().getValue())
                .append("scopes", new ArrayList<>(authorization.getAuthorizedScopes()))
                .append("attributes", json.writeValueAsString(authorization.getAttributes()))
                .append("state", authorization.<String>getAttribute(OAuth2ParameterNames.STATE));
        Instant expiresAt = Instant.now().plus(PENDING_LIFETIME);
        for (Kind kind : Kind.values()) {
            OAuth2Authorization.Token<? extends AbstractOAuth2Token> token = authorization.getToken(kind.type);
            if (token == null) {
                continue;
            }
            AbstractOAuth2Token value = token.getToken();
            Document stored = new Document("value", value.getTokenValue())
                    .append("issuedAt", date(value.getIssuedAt()))
                    .append("expiresAt", date(value.getExpiresAt()))
                    .append("metadata", json.writeValueAsString(token.getMetadata()));
            if (value instanceof OAuth2AccessToken access) {
                stored.append("scopes", new ArrayList<>(access.getScopes()));
            }
            document.append(kind.field, stored);
            if (value.getExpiresAt() != null && value.getExpiresAt().isAfter(expiresAt)) {
                expiresAt = value.getExpiresAt();
            }
        }
        document.append("expiresAt", Date.from(expiresAt));
        collection().replaceOne(eq("_id", authorization.getId()), document, new ReplaceOptions().upsert(true));
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        collection().deleteOne(eq("_id", authorization.getId()));
    }

    @Override
    public OAuth2Authorization findById(String id) {
        return find(eq("_id", id));
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        if (tokenType == null) {
            List<Bson> any = new ArrayList<>();
            any.add(eq("state", token));
            for (Kind kind : Kind.values()) {
                any.add(eq(kind.field + ".value", token));
            }
            return find(or(any));
        }
        if (OAuth2ParameterNames.STATE.equals(tokenType.getValue())) {
            return find(eq("state", token));
        }
        for (Kind kind : Kind.values()) {
            if (kind.lookup.equals(tokenType.getValue())) {
                return find(eq(kind.field + ".value", token));
            }
        }
        return null;
    }

    private OAuth2Authorization find(Bson filter) {
        Document d = collection().find(filter).first();
        return d == null ? null : toAuthorization(d);
    }

    private OAuth2Authorization toAuthorization(Document d) {
        String clientId = d.getString("registeredClientId");
        RegisteredClient client = clients.findById(clientId);
        if (client == null) {
            throw new DataRetrievalFailureException("Authorization " + d.getString("_id") + " names client " + clientId
                    + ", which is not registered (any more)");
        }
        OAuth2Authorization.Builder builder = OAuth2Authorization.withRegisteredClient(client)
                .id(d.getString("_id"))
                .principalName(d.getString("principalName"))
                .authorizationGrantType(new AuthorizationGrantType(d.getString("grantType")))
                .authorizedScopes(new HashSet<>(d.getList("scopes", String.class, List.of())))
                .attributes(attributes -> attributes.putAll(json.readValue(d.getString("attributes"), MAP)));
        for (Kind kind : Kind.values()) {
            Document stored = d.get(kind.field, Document.class);
            if (stored == null) {
                continue;
            }
            Map<String, Object> metadata = json.readValue(stored.getString("metadata"), MAP);
            builder.token(token(kind, stored, metadata), m -> m.putAll(metadata));
        }
        return builder.build();
    }

    @SuppressWarnings("unchecked")
    private static AbstractOAuth2Token token(Kind kind, Document stored, Map<String, Object> metadata) {
        String value = stored.getString("value");
        Instant issuedAt = instant(stored.getDate("issuedAt"));
        Instant expiresAt = instant(stored.getDate("expiresAt"));
        return switch (kind) {
            case CODE -> new OAuth2AuthorizationCode(value, issuedAt, expiresAt);
            case ACCESS -> new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, value, issuedAt, expiresAt,
                    Set.copyOf(stored.getList("scopes", String.class, List.of())));
            case REFRESH -> new OAuth2RefreshToken(value, issuedAt, expiresAt);
            case ID_TOKEN -> new OidcIdToken(value, issuedAt, expiresAt,
                    (Map<String, Object>) metadata.get(OAuth2Authorization.Token.CLAIMS_METADATA_NAME));
            case USER_CODE -> new OAuth2UserCode(value, issuedAt, expiresAt);
            case DEVICE_CODE -> new OAuth2DeviceCode(value, issuedAt, expiresAt);
        };
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private MongoCollection<Document> collection() {
        return databases.platformRegistry().getCollection(COLLECTION);
    }
}
