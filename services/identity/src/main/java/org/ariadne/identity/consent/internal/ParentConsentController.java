package org.ariadne.identity.consent.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.ariadne.identity.consent.ParentConsent;
import org.ariadne.identity.consent.ParentConsents;
import org.ariadne.identity.lifecycle.TenantAuditLog;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A child tenant's consent to its parent: every member may read it, its coordinator grants (PUT) and revokes
 * (DELETE) it, and lists the tenant's audit entries. A tenant without a parent has no consent (404).
 */
@RestController
@RequestMapping("/api/t/{tenant}/identity")
@Tag(name = "Parent consent", description = "Whether the parent tenant may read this tenant's frozen-round roll-ups "
        + "and funding totals (never contributions, evidence, e-mail addresses or drafts)")
class ParentConsentController {

    private final ParentConsents consents;

    ParentConsentController(ParentConsents consents) {
        this.consents = consents;
    }

    record ConsentView(String tenant, String parentId, boolean granted, String changedBy, Instant changedAt) {
        static ConsentView of(ParentConsent c) {
            return new ConsentView(c.tenant(), c.parentId(), c.granted(), c.changedBy(), c.changedAt());
        }
    }

    record AuditList(List<TenantAuditLog.Entry> items) {
    }

    @GetMapping("/parent-consent")
    @Operation(summary = "Whether the parent tenant may read this tenant's roll-ups and funding totals")
    ConsentView consent() {
        return ConsentView.of(consents.current());
    }

    @PutMapping("/parent-consent")
    @Operation(summary = "Grant the parent tenant consent (coordinator): it then reads this tenant's frozen-round "
            + "roll-ups and funding totals next to its own; every such read is audited here")
    ConsentView grant() {
        return ConsentView.of(consents.decide(true));
    }

    @DeleteMapping("/parent-consent")
    @Operation(summary = "Revoke the parent's consent (coordinator): its reads answer 404 again")
    ConsentView revoke() {
        return ConsentView.of(consents.decide(false));
    }

    record ChildList(List<ParentConsents.Child> items) {
    }

    @GetMapping("/children")
    @Operation(summary = "The active jurisdictions directly below this one, each with whether it consents to this tenant "
            + "reading its frozen-round roll-ups and funding totals (and since when); empty for a tenant without children")
    ChildList children() {
        return new ChildList(consents.children());
    }

    @GetMapping("/audit")
    @Operation(summary = "The tenant's audit entries, newest first (coordinator): consents granted and revoked")
    AuditList audit() {
        return new AuditList(consents.audit(200));
    }
}
