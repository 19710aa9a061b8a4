package org.ariadne.identity.consent;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ariadne.contracts.identity.v1.ParentConsentChanged;
import org.ariadne.identity.lifecycle.TenantAuditLog;
import org.ariadne.identity.tenant.Tenant;
import org.ariadne.identity.tenant.TenantRegistry;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.tenancy.TenantRole;
import org.ariadne.tenancy.access.Caller;
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * A child tenant's coordinator grants or revokes its parent's consent to read the child's roll-ups and funding
 * totals. Each decision is one guarded write of the consent with its {@code ParentConsentChanged} event (the services
 * that serve parent views keep it from identity.events) and an audit entry of the child.
 */
@Service
public class ParentConsents {

    private static final Logger log = LoggerFactory.getLogger(ParentConsents.class);

    private final ParentConsentRepository consents;
    private final TenantRegistry tenants;
    private final TenantAuditLog audit;

    public ParentConsents(ParentConsentRepository consents, TenantRegistry tenants, TenantAuditLog audit) {
        this.consents = consents;
        this.tenants = tenants;
        this.audit = audit;
    }

    /** The current tenant's consent; a tenant without a parent has nothing to decide. */
    public ParentConsent current() {
        String tenant = TenantContext.require().value();
        String parent = parentOf(tenant);
        return consents.find(tenant).filter(c -> parent.equals(c.parentId()))
                .orElse(new ParentConsent(tenant, parent, false, null, null, 0));
    }

    /** A jurisdiction directly below the current tenant, and whether it lets the current tenant read its results. */
    public record Child(String id, String name, boolean consenting, Instant consentSince) {
    }

    /**
     * The active jurisdictions directly below the current tenant with their consent, for every member of the parent:
     * who is below is the registry's public structure; what a child's consent opens stays in its own reads.
     */
    public List<Child> children() {
        String parent = TenantContext.require().value();
        return tenants.activeChildrenOf(parent).stream().map(child -> {
            Optional<ParentConsent> consent = consents.find(child.id())
                    .filter(c -> c.granted() && parent.equals(c.parentId()));
            return new Child(child.id(), child.name(), consent.isPresent(), consent.map(ParentConsent::changedAt).orElse(null));
        }).toList();
    }

    public ParentConsent decide(boolean granted) {
        Caller caller = Caller.current().require(granted ? "Granting the parent tenant consent"
                : "Revoking the parent tenant's consent", TenantRole.COORDINATOR);
        String tenant = caller.tenant().value();
        String parent = parentOf(tenant);
        Optional<ParentConsent> stored = consents.find(tenant);
        if (stored.isPresent() && stored.get().granted() == granted && parent.equals(stored.get().parentId())) {
            return stored.get(); // deciding the same again changes nothing and tells nobody
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        long expected = stored.map(ParentConsent::version).orElse(0L);
        ParentConsent decided = new ParentConsent(tenant, parent, granted, caller.subject(), now, expected + 1);
        if (!consents.save(decided, expected, List.of(new ParentConsentChanged(tenant, parent, granted, caller.subject(),
                now.toString())))) {
            throw new ProblemException(ProblemType.CONFLICT, "The parent consent of " + tenant
                    + " was changed at the same moment; read it again and decide once more");
        }
        audit.record(new TenantAuditLog.Entry(UUID.randomUUID().toString(), tenant, granted ? "parent-consent-granted"
                : "parent-consent-revoked", (granted ? "Granted " : "Revoked ") + parent + " the right to read the "
                + "frozen-round roll-ups and funding totals of " + tenant, caller.subject(), now, Map.of("parent", parent)));
        log.info("Tenant {}: {} {} parent {}'s consent", tenant, caller.subject(), granted ? "granted" : "revoked", parent);
        return consents.find(tenant).orElse(decided);
    }

    public List<TenantAuditLog.Entry> audit(int limit) {
        Caller.current().require("Reading the tenant's audit entries", TenantRole.COORDINATOR);
        return audit.entries(TenantContext.require().value()).stream().limit(limit).toList();
    }

    private String parentOf(String tenant) {
        Tenant record = tenants.get(tenant);
        if (record.parentId() == null) {
            throw ProblemException.notFound("A parent of tenant " + tenant + " (it has none, so there is no consent to give)");
        }
        return record.parentId();
    }
}
