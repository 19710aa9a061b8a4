package org.ariadne.webapp.i18n;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ariadne.webapp.api.ApiProblemException;
import org.ariadne.webapp.api.PlatformApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The tenants' registry records (name, languages …) as identity serves them to their members, kept for a minute:
 * they change rarely, and every page needs them. When identity cannot answer, a page still renders in Bosnian with
 * the tenant's id as its name.
 */
@Component
public class TenantDirectory {

    private static final Logger log = LoggerFactory.getLogger(TenantDirectory.class);
    private static final Duration KEEP = Duration.ofMinutes(1);

    private final PlatformApi api;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    TenantDirectory(PlatformApi api) {
        this.api = api;
    }

    public TenantInfo get(String tenant) {
        Cached cached = cache.get(tenant);
        if (cached != null && cached.until.isAfter(Instant.now())) {
            return cached.info;
        }
        TenantInfo info;
        try {
            Map<String, Object> record = api.get("/api/t/{tenant}/identity/tenant", tenant);
            List<String> languages = new ArrayList<>();
            if (record.get("languages") instanceof List<?> list) {
                list.forEach(l -> languages.add(String.valueOf(l)));
            }
            info = new TenantInfo(tenant, String.valueOf(record.getOrDefault("name", tenant)), List.copyOf(languages),
                    (String) record.get("currency"), (String) record.get("timeZone"));
            cache.put(tenant, new Cached(info, Instant.now().plus(KEEP)));
        } catch (ApiProblemException e) {
            log.warn("The registry record of tenant {} could not be read ({}); showing defaults", tenant, e.getMessage());
            info = new TenantInfo(tenant, tenant, List.of("bs"), null, null);
        }
        return info;
    }

    private record Cached(TenantInfo info, Instant until) {
    }
}
