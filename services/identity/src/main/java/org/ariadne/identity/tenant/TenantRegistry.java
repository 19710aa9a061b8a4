package org.ariadne.identity.tenant;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ariadne.contracts.DomainEvent;
import org.ariadne.contracts.identity.v1.TenantOnboarded;
import org.ariadne.contracts.identity.v1.TenantReactivated;
import org.ariadne.contracts.identity.v1.TenantSuspended;
import org.ariadne.tenancy.TenantId;
import org.ariadne.web.FieldProblem;
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Onboarding, suspension and reactivation of tenants, and the questions other features ask about them. Every change
 * is written together with its event ({@code TenantOnboarded}, {@code TenantSuspended}, {@code TenantReactivated}),
 * which the outbox relay publishes on {@code identity.events} for every service to act on.
 */
@Service
public class TenantRegistry {

    private static final Logger log = LoggerFactory.getLogger(TenantRegistry.class);
    private static final int MAX_ATTEMPTS = 5;

    private final TenantRepository tenants;

    public TenantRegistry(TenantRepository tenants) {
        this.tenants = tenants;
    }

    public Tenant onboard(NewTenant request) {
        Tenant tenant = newTenant(request, TenantStatus.ACTIVE, null);
        TenantOnboarded event = new TenantOnboarded(tenant.id(), tenant.name(), tenant.parentId(), tenant.languages(),
                tenant.currency(), tenant.timeZone(), tenant.levelNames(), request.template(), request.reporting());
        if (!tenants.insert(tenant, request.template(), List.of(event))) {
            throw conflict(request.id());
        }
        log.info("Tenant {} ({}) onboarded{}{}", tenant.id(), tenant.name(), tenant.parentId() == null ? "" : " under " + tenant.parentId(),
                request.template() == null ? "" : " from the " + request.template() + " template");
        return tenant;
    }

    /**
     * A tenant whose data an import brings: in the registry (suspended) at once, so that its id is taken and the gateway
     * refuses its writes, but announced to the services only by {@link #completeImport}. A service that heard of it
     * earlier would set it up from TenantOnboarded (settings, defaults) and then hold data the import must not meet.
     */
    public Tenant createForImport(NewTenant request, String reason) {
        Tenant tenant = newTenant(request, TenantStatus.SUSPENDED, reason);
        if (!tenants.insert(tenant, null, List.of())) {
            throw conflict(request.id());
        }
        log.info("Tenant {} ({}) created for an import ({})", tenant.id(), tenant.name(), reason);
        return tenant;
    }

    /** The import is done: the tenant becomes active and TenantOnboarded tells every service about it. */
    public Tenant completeImport(String id) {
        Tenant tenant = get(id);
        return changeStatus(id, TenantStatus.ACTIVE, null, new TenantOnboarded(tenant.id(), tenant.name(), tenant.parentId(),
                tenant.languages(), tenant.currency(), tenant.timeZone(), tenant.levelNames(), null, null));
    }

    private Tenant newTenant(NewTenant request, TenantStatus status, String reason) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!TenantId.isValid(request.id())) {
            problems.add(new FieldProblem("/id", "must be a lower-case country code such as 'me' or a subdivision such as 'ba-04'"));
        }
        try {
            ZoneId.of(request.timeZone());
        } catch (DateTimeException | NullPointerException e) {
            problems.add(new FieldProblem("/timeZone", "'" + request.timeZone() + "' is not a time zone (expected e.g. Europe/Sarajevo)"));
        }
        String parentId = request.parentId() == null || request.parentId().isBlank() ? null : request.parentId();
        if (parentId != null) {
            if (parentId.equals(request.id())) {
                problems.add(new FieldProblem("/parentId", "a tenant cannot be its own parent"));
            } else if (!TenantId.isValid(parentId) || tenants.find(parentId).isEmpty()) {
                problems.add(new FieldProblem("/parentId", "tenant '" + parentId + "' does not exist"));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.validation(problems);
        }
        if (tenants.find(request.id()).isPresent()) {
            throw conflict(request.id());
        }
        return new Tenant(request.id(), request.name(), parentId, status, reason,
                List.copyOf(request.languages()), request.currency(), request.timeZone(), List.copyOf(request.levelNames()),
                request.template(), Instant.now().truncatedTo(ChronoUnit.MILLIS), 1);
    }

    public Tenant suspend(String id, String reason) {
        return changeStatus(id, TenantStatus.SUSPENDED, reason, new TenantSuspended(id, reason));
    }

    public Tenant reactivate(String id) {
        return changeStatus(id, TenantStatus.ACTIVE, null, new TenantReactivated(id));
    }

    public Tenant get(String id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("Tenant '" + id + "'"));
    }

    public Optional<Tenant> find(String id) {
        return TenantId.isValid(id) ? tenants.find(id) : Optional.empty();
    }

    public List<Tenant> list() {
        return tenants.all();
    }

    /** The active jurisdictions directly below {@code parentId} (suspended ones serve nobody, their parent included). */
    public List<Tenant> activeChildrenOf(String parentId) {
        return tenants.activeChildrenOf(parentId);
    }

    public Optional<String> templateOf(String id) {
        return find(id).map(Tenant::template);
    }

    /** Takes an offboarded tenant (or one whose import failed) out of the registry; its id may be used again. */
    public void remove(String id) {
        tenants.remove(id);
        log.info("Tenant {} removed from the registry", id);
    }

    public boolean exists(String id) {
        return find(id).isPresent();
    }

    /** Which of the given tenant ids are ACTIVE (tokens name only those). */
    public Set<String> activeAmong(Collection<String> ids) {
        return ids.isEmpty() ? Set.of() : tenants.activeAmong(ids);
    }

    private Tenant changeStatus(String id, TenantStatus target, String reason, DomainEvent event) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Tenant current = get(id);
            if (current.status() == target) {
                throw new ProblemException(ProblemType.CONFLICT,
                        "Tenant '" + id + "' is already " + target.name().toLowerCase(), Map.of("tenantStatus", target.name()));
            }
            Optional<Tenant> changed = tenants.changeStatus(id, current.version(), target, reason, List.of(event));
            if (changed.isPresent()) {
                log.info("Tenant {} is now {}{}", id, target, reason == null ? "" : " (" + reason + ")");
                return changed.get();
            }
        }
        throw new ProblemException(ProblemType.CONCURRENT_MODIFICATION,
                "Tenant '" + id + "' kept changing while it was being " + (target == TenantStatus.ACTIVE ? "reactivated" : "suspended"));
    }

    private static ProblemException conflict(String id) {
        return new ProblemException(ProblemType.CONFLICT, "Tenant '" + id + "' already exists");
    }
}
