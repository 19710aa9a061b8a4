package org.ariadne.funding.tenants;

import java.util.List;

/**
 * What funding keeps of a tenant from identity's {@code TenantOnboarded}: its name, its parent (the hierarchy that
 * lets a state line serve a canton's activity), its reporting currency (the default currency of its totals) and its
 * languages (the first is the language of its IATI narratives). Platform data, not tenant data: it lives in
 * {@code funding__platform}.
 */
public record TenantProfile(String tenant, String name, String parentId, String currency, List<String> languages) {

    public TenantProfile {
        languages = languages == null ? List.of() : List.copyOf(languages);
    }

    public String language() {
        return languages.isEmpty() ? "en" : languages.get(0);
    }
}
