package org.ariadne.funding.grant;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.ariadne.contracts.funding.v1.GrantRegistered;
import org.ariadne.funding.money.AgreementRate;
import org.ariadne.funding.money.Amounts;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.web.ProblemException;
import org.springframework.stereotype.Service;

/** Registering and reading the current tenant's grants. */
@Service
public class Grants {

    private final GrantRepository grants;
    private final Clock clock = Clock.systemUTC();

    public Grants(GrantRepository grants) {
        this.grants = grants;
    }

    public Grant register(Grant unsaved) {
        Grant grant = new Grant(UUID.randomUUID().toString(), unsaved.title(), unsaved.donor(), unsaved.implementer(),
                unsaved.currency(), unsaved.amount(), unsaved.donorIatiActivityId(), unsaved.agreementRate(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS), 0);
        String tenant = TenantContext.require().value();
        AgreementRate rate = grant.agreementRate();
        return grants.insert(grant, List.of(new GrantRegistered(tenant, grant.id(), grant.title(), ref(grant.donor()),
                ref(grant.implementer()), grant.currency().code(),
                grant.amount() == null ? null : Amounts.plain(grant.amount(), grant.currency()),
                grant.donorIatiActivityId(), rate == null ? null : rate.rate().stripTrailingZeros().toPlainString(),
                rate == null ? null : rate.to().code())));
    }

    public Grant get(String grantId) {
        return grants.find(grantId).orElseThrow(() -> ProblemException.notFound("Grant " + grantId));
    }

    public List<Grant> all() {
        return grants.all();
    }

    /** Changes whenever a grant is registered. */
    public long stamp() {
        return grants.count();
    }

    /** The agreement rate of each grant that has one, for conversions (null for any other id). */
    public Function<String, AgreementRate> agreementRates() {
        Map<String, AgreementRate> rates = new HashMap<>();
        for (Grant grant : grants.all()) {
            if (grant.agreementRate() != null) {
                rates.put(grant.id(), grant.agreementRate());
            }
        }
        return rates::get;
    }

    private static org.ariadne.contracts.funding.v1.InstitutionRef ref(org.ariadne.funding.line.InstitutionRef institution) {
        return institution == null ? null
                : new org.ariadne.contracts.funding.v1.InstitutionRef(institution.name(), institution.institutionId());
    }
}
