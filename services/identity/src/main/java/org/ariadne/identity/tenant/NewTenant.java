package org.ariadne.identity.tenant;

import java.util.List;

/** What a platform admin provides to onboard a jurisdiction. */
public record NewTenant(String id, String name, String parentId, List<String> languages, String currency,
        String timeZone, List<String> levelNames) {
}
