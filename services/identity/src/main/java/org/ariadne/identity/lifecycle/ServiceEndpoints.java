package org.ariadne.identity.lifecycle;

import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ariadne.services.*}: where each service with tenant data listens ({@code ARIADNE_SERVICES_PLANS},
 * {@code _MONITORING}, {@code _FUNDING}, {@code _PARTNERS}), the same variables the gateway routes by. A tenant's
 * export holds exactly these services' data (and identity's own); a service missing here is missing from exports.
 */
@ConfigurationProperties("ariadne")
public record ServiceEndpoints(Map<String, String> services) {

    public ServiceEndpoints {
        services = services == null ? Map.of() : new TreeMap<>(services);
        services.remove("identity");
        services.remove("web");
        // an empty variable (ARIADNE_SERVICES_FUNDING=) leaves a service that does not run in this environment out
        services.values().removeIf(String::isBlank);
    }
}
