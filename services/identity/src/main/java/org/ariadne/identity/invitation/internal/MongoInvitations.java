package org.ariadne.identity.invitation.internal;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.ariadne.identity.invitation.Invitation;
import org.ariadne.identity.invitation.InvitationPurpose;
import org.ariadne.identity.invitation.InvitationRepository;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * {@code platform__registry.invitations}: {@code {_id: sha256(token), username, email, displayName, purpose, tenant,
 * language, invitedBy, createdAt, expiresAt, usedAt, revokedAt, mail: {status, attempts, lastError, sentAt,
 * leaseUntil}, linkToken}}. {@code linkToken} is the link's token, kept only until the mail carrying it is sent (the
 * mail is written in the background, and the stored hash cannot make a link).
 */
@Repository
class MongoInvitations implements InvitationRepository {

    static final String COLLECTION = "invitations";

    private final TenantDatabases databases;

    MongoInvitations(TenantDatabases databases) {
        this.databases = databases;
        collection().createIndex(Indexes.ascending("username"));
        collection().createIndex(Indexes.ascending("mail.status"));
    }

    @Override
    public void insert(Invitation i, String token) {
        collection().insertOne(new Document("_id", i.id()).append("username", i.username()).append("email", i.email())
                .append("displayName", i.displayName()).append("purpose", i.purpose().wire()).append("tenant", i.tenant())
                .append("language", i.language()).append("invitedBy", i.invitedBy()).append("createdAt", Date.from(i.createdAt()))
                .append("expiresAt", Date.from(i.expiresAt())).append("usedAt", null).append("revokedAt", null)
                .append("mail", new Document("status", "pending").append("attempts", 0).append("leaseUntil", new Date(0)))
                .append("linkToken", token));
    }

    @Override
    public Optional<Invitation> find(String id) {
        return Optional.ofNullable(collection().find(eq("_id", id)).first()).map(MongoInvitations::toInvitation);
    }

    @Override
    public List<Invitation> ofUser(String username) {
        List<Invitation> found = new ArrayList<>();
        collection().find(eq("username", username)).sort(Sorts.descending("createdAt")).limit(20)
                .forEach(d -> found.add(toInvitation(d)));
        return found;
    }

    @Override
    public void revokeUnused(String username, InvitationPurpose purpose, Instant now) {
        collection().updateMany(and(eq("username", username), eq("purpose", purpose.wire()), eq("usedAt", null),
                eq("revokedAt", null)), Updates.combine(Updates.set("revokedAt", Date.from(now)), Updates.unset("linkToken")));
    }

    @Override
    public boolean use(String id, Instant now) {
        return collection().updateOne(and(eq("_id", id), eq("usedAt", null), eq("revokedAt", null),
                gt("expiresAt", Date.from(now))), Updates.combine(Updates.set("usedAt", Date.from(now)),
                Updates.unset("linkToken"))).getModifiedCount() == 1;
    }

    @Override
    public long removeForTenant(String tenant) {
        return collection().deleteMany(eq("tenant", tenant)).getDeletedCount();
    }

    @Override
    public Optional<PendingMail> claimPendingMail(Instant now, Instant leaseUntil) {
        Document claimed = collection().findOneAndUpdate(
                and(eq("mail.status", "pending"), lt("mail.leaseUntil", Date.from(now)), eq("revokedAt", null)),
                Updates.set("mail.leaseUntil", Date.from(leaseUntil)),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        if (claimed == null || claimed.getString("linkToken") == null) {
            return Optional.empty();
        }
        return Optional.of(new PendingMail(toInvitation(claimed), claimed.getString("linkToken")));
    }

    @Override
    public void mailSent(String id, Instant at) {
        collection().updateOne(eq("_id", id), Updates.combine(Updates.set("mail.status", "sent"),
                Updates.set("mail.sentAt", Date.from(at)), Updates.unset("linkToken")));
    }

    @Override
    public void mailFailed(String id, String error, int maxAttempts) {
        Document after = collection().findOneAndUpdate(eq("_id", id), Updates.combine(Updates.inc("mail.attempts", 1),
                Updates.set("mail.lastError", error)), new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        if (after != null && after.get("mail", Document.class).getInteger("attempts", 0) >= maxAttempts) {
            collection().updateOne(eq("_id", id), Updates.combine(Updates.set("mail.status", "failed"), Updates.unset("linkToken")));
        }
    }

    @Override
    public void mailNotConfigured(String id) {
        collection().updateOne(eq("_id", id), Updates.combine(Updates.set("mail.status", "not-configured"),
                Updates.unset("linkToken")));
    }

    private MongoCollection<Document> collection() {
        return databases.platformRegistry().getCollection(COLLECTION);
    }

    private static Invitation toInvitation(Document d) {
        Document mail = d.get("mail", Document.class);
        return new Invitation(d.getString("_id"), d.getString("username"), d.getString("email"), d.getString("displayName"),
                InvitationPurpose.of(d.getString("purpose")), d.getString("tenant"), d.getString("language"),
                d.getString("invitedBy"), instant(d, "createdAt"), instant(d, "expiresAt"), instant(d, "usedAt"),
                instant(d, "revokedAt"), mail == null ? null : mail.getString("status"));
    }

    private static Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
