package org.ariadne.funding.iati;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ariadne.funding.iati.*}: who publishes each tenant's IATI data. A tenant without an entry publishes as
 * {@code <default-prefix><tenant>} (a placeholder: take the real identifier from org-id.guide and configure it), of
 * OrganisationType 10 (government), named as identity names the tenant.
 */
@ConfigurationProperties("ariadne.funding.iati")
public record IatiPublishers(@DefaultValue("XI-ARIADNE-") String defaultPrefix, Map<String, Organisation> organisations) {

    public IatiPublishers {
        organisations = organisations == null ? Map.of() : Map.copyOf(organisations);
    }

    /** A configured publisher: its IATI organisation identifier, type and name (null = the tenant's name). */
    public record Organisation(String ref, String type, String name) {
    }
}
