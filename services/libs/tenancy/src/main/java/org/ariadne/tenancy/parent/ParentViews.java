package org.ariadne.tenancy.parent;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.tenancy.TenantId;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The one way a parent tenant reads a child tenant's data: only while the child consents (identity's
 * {@code ParentConsentChanged}, kept in the child's own database by the service's consent listener), and every read
 * leaves an entry in the child's database that the child's coordinator can list. A service serving a parent view
 * calls {@link #readAsParent} from the parent's request; without consent the answer is empty, and the service answers
 * with the same 404 as for any foreign object.
 */
public class ParentViews {

    private static final Logger log = LoggerFactory.getLogger(ParentViews.class);
    static final String CONSENT = "parent_consent";
    static final String READS = "parent_reads";
    private static final String CONSENT_ID = "parent";

    private final TenantDatabases databases;

    public ParentViews(TenantDatabases databases) {
        this.databases = databases;
    }

    /** In the child's context (its consent event): the child's current decision, applied only if newer. */
    public void recordConsent(String parentId, boolean granted, long sourceVersion) {
        Document fields = new Document("parentId", parentId).append("granted", granted)
                .append("sourceVersion", sourceVersion).append("recordedAt", new Date());
        try {
            consent().updateOne(and(eq("_id", CONSENT_ID), or(lt("sourceVersion", sourceVersion),
                    exists("sourceVersion", false))), new Document("$set", fields), new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            // already at this version or a newer one: a duplicate or a replay
        }
        log.info("Tenant {} {} its parent {} consent", TenantContext.require(), granted ? "granted" : "revoked", parentId);
    }

    /** True when {@code child} consents to the tenant in context reading it as its parent. */
    public boolean consents(String child) {
        if (!TenantId.isValid(child)) {
            return false;
        }
        String parent = TenantContext.require().value();
        if (parent.equals(child)) {
            return false;
        }
        return TenantContext.callAs(TenantId.of(child), () -> {
            Document d = consent().find(eq("_id", CONSENT_ID)).first();
            return d != null && Boolean.TRUE.equals(d.getBoolean("granted")) && parent.equals(d.getString("parentId"));
        });
    }

    /**
     * Runs {@code work} inside the child's context if the child consents to the tenant in context, after writing the
     * audit entry ({@code what} says what was read) into the child's database; empty without consent.
     */
    public <T> Optional<T> readAsParent(String child, String what, Supplier<T> work) {
        if (!consents(child)) {
            return Optional.empty();
        }
        audit(child, what);
        return Optional.of(TenantContext.callAs(TenantId.of(child), work));
    }

    /** Records, in the child's database, that the tenant in context read {@code what} of it as its parent. */
    public void audit(String child, String what) {
        String parent = TenantContext.require().value();
        String reader = reader();
        TenantContext.runAs(TenantId.of(child), () -> reads().insertOne(new Document("at", new Date())
                .append("parent", parent).append("reader", reader).append("what", what)));
    }

    /** The parent reads of the tenant in context, newest first. */
    public List<ParentRead> readsOfCurrent(int limit) {
        List<ParentRead> found = new ArrayList<>();
        for (Document d : reads().find().sort(Sorts.descending("at")).limit(limit)) {
            found.add(new ParentRead(d.getDate("at").toInstant(), d.getString("parent"), d.getString("reader"),
                    d.getString("what")));
        }
        return found;
    }

    /** One read of a child's data by its parent. */
    public record ParentRead(Instant at, String parent, String reader, String what) {
    }

    private static String reader() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "unknown" : authentication.getName();
    }

    private MongoCollection<Document> consent() {
        return databases.current().getCollection(CONSENT);
    }

    private MongoCollection<Document> reads() {
        return databases.current().getCollection(READS);
    }
}
