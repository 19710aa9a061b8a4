package org.ariadne.identity.user.internal;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ariadne.identity.user.Membership;
import org.ariadne.identity.user.UserAccount;
import org.ariadne.identity.user.UserRepository;
import org.ariadne.tenancy.TenantRole;
import org.ariadne.tenancy.mongo.DuplicateKeys;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * Users in {@code platform__registry.users}: {@code {_id: username, displayName, email, passwordHash, platformAdmin,
 * memberships: [{tenant, roles[], institution?, institutionId?, active}], enabled, donorOrganisation?}}. A membership
 * without {@code active} (written before deactivation existed) is active.
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
    public Optional<UserAccount> findByEmail(String email) {
        return Optional.ofNullable(collection().find(eq("email", email)).first()).map(MongoUserRepository::toUser);
    }

    @Override
    public List<UserAccount> all() {
        List<UserAccount> all = new ArrayList<>();
        collection().find().sort(Sorts.ascending("_id")).forEach(d -> all.add(toUser(d)));
        return all;
    }

    @Override
    public List<UserAccount> membersOf(String tenant) {
        List<UserAccount> members = new ArrayList<>();
        collection().find(eq("memberships.tenant", tenant)).sort(Sorts.ascending("_id")).forEach(d -> members.add(toUser(d)));
        return members;
    }

    @Override
    public boolean insert(UserAccount user) {
        return DuplicateKeys.writeUnlessPresent(() -> collection().insertOne(new Document("_id", user.username())
                .append("displayName", user.displayName())
                .append("email", user.email())
                .append("passwordHash", user.passwordHash())
                .append("platformAdmin", user.platformAdmin())
                .append("memberships", user.memberships().stream().map(MongoUserRepository::toDocument).toList())
                .append("enabled", user.enabled())
                .append("donorOrganisation", user.donorOrganisation())));
    }

    @Override
    public boolean setDonorOrganisation(String username, String donorOrganisation) {
        return collection().updateOne(eq("_id", username),
                new Document("$set", new Document("donorOrganisation", donorOrganisation))).getMatchedCount() == 1;
    }

    @Override
    public boolean addMembership(String username, Membership membership) {
        return collection().updateOne(
                and(eq("_id", username), ne("memberships.tenant", membership.tenant())),
                Updates.push("memberships", toDocument(membership))).getModifiedCount() == 1;
    }

    @Override
    public boolean setMembershipActive(String username, String tenant, boolean active) {
        return collection().updateOne(and(eq("_id", username), eq("memberships.tenant", tenant)),
                Updates.set("memberships.$.active", active)).getMatchedCount() == 1;
    }

    @Override
    public long removeMemberships(String tenant) {
        return collection().updateMany(eq("memberships.tenant", tenant),
                Updates.pull("memberships", new Document("tenant", tenant))).getModifiedCount();
    }

    @Override
    public void setPassword(String username, String passwordHash) {
        collection().updateOne(eq("_id", username), Updates.set("passwordHash", passwordHash));
    }

    private MongoCollection<Document> collection() {
        return databases.platformRegistry().getCollection(COLLECTION);
    }

    private static Document toDocument(Membership m) {
        return new Document("tenant", m.tenant())
                .append("roles", m.roles().stream().map(TenantRole::wireName).toList())
                .append("institution", m.institution())
                .append("institutionId", m.institutionId())
                .append("active", m.active());
    }

    private static UserAccount toUser(Document d) {
        List<Membership> memberships = new ArrayList<>();
        for (Document m : d.getList("memberships", Document.class, List.of())) {
            List<TenantRole> roles = new ArrayList<>();
            for (String role : m.getList("roles", String.class, List.of())) {
                TenantRole.fromWireName(role).ifPresent(roles::add); // a role this version does not know is not granted
            }
            memberships.add(new Membership(m.getString("tenant"), roles, m.getString("institution"),
                    m.getString("institutionId"), !Boolean.FALSE.equals(m.getBoolean("active"))));
        }
        return new UserAccount(d.getString("_id"), d.getString("displayName"), d.getString("email"), d.getString("passwordHash"),
                Boolean.TRUE.equals(d.getBoolean("platformAdmin")), memberships, !Boolean.FALSE.equals(d.getBoolean("enabled")),
                d.getString("donorOrganisation"));
    }
}
