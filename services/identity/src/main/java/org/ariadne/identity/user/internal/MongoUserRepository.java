package org.ariadne.identity.user.internal;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ariadne.identity.user.Membership;
import org.ariadne.tenancy.TenantRole;
import org.ariadne.identity.user.UserAccount;
import org.ariadne.identity.user.UserRepository;
import org.ariadne.tenancy.mongo.DuplicateKeys;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * Users in {@code platform__registry.users}: {@code {_id: username, displayName, passwordHash, platformAdmin,
 * memberships: [{tenant, roles[], institution?}], enabled, donorOrganisation?}}.
 */
@Repository
class MongoUserRepository implements UserRepository {

    static final String COLLECTION = "users";

    private final TenantDatabases databases;

    MongoUserRepository(TenantDatabases databases) {
        this.databases = databases;
    }

    @Override
    public Optional<UserAccount> find(String username) {
        return Optional.ofNullable(collection().find(eq("_id", username)).first()).map(MongoUserRepository::toUser);
    }

    @Override
    public List<UserAccount> all() {
        List<UserAccount> all = new ArrayList<>();
        collection().find().sort(Sorts.ascending("_id")).forEach(d -> all.add(toUser(d)));
        return all;
    }

    @Override
    public boolean insert(UserAccount user) {
        List<Document> memberships = new ArrayList<>();
        for (Membership m : user.memberships()) {
            memberships.add(new Document("tenant", m.tenant())
                    .append("roles", m.roles().stream().map(TenantRole::wireName).toList())
                    .append("institution", m.institution()));
        }
        return DuplicateKeys.writeUnlessPresent(() -> collection().insertOne(new Document("_id", user.username())
                .append("displayName", user.displayName())
                .append("passwordHash", user.passwordHash())
                .append("platformAdmin", user.platformAdmin())
                .append("memberships", memberships)
                .append("enabled", user.enabled())
                .append("donorOrganisation", user.donorOrganisation())));
    }

    @Override
    public boolean setDonorOrganisation(String username, String donorOrganisation) {
        return collection().updateOne(eq("_id", username),
                new Document("$set", new Document("donorOrganisation", donorOrganisation))).getMatchedCount() == 1;
    }

    private MongoCollection<Document> collection() {
        return databases.platformRegistry().getCollection(COLLECTION);
    }

    private static UserAccount toUser(Document d) {
        List<Membership> memberships = new ArrayList<>();
        for (Document m : d.getList("memberships", Document.class, List.of())) {
            List<TenantRole> roles = new ArrayList<>();
            for (String role : m.getList("roles", String.class, List.of())) {
                TenantRole.fromWireName(role).ifPresent(roles::add); // a role this version does not know is not granted
            }
            memberships.add(new Membership(m.getString("tenant"), roles, m.getString("institution")));
        }
        return new UserAccount(d.getString("_id"), d.getString("displayName"), d.getString("passwordHash"),
                Boolean.TRUE.equals(d.getBoolean("platformAdmin")), memberships, !Boolean.FALSE.equals(d.getBoolean("enabled")),
                d.getString("donorOrganisation"));
    }
}
