package org.ariadne.funding.tenants;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The tenants' profiles and parent links, as identity announced them. */
public interface TenantHierarchy {

    void save(TenantProfile profile);

    Optional<TenantProfile> profile(String tenant);

    /** Parent first, then its parent …; empty for a top-level tenant or an unknown one. */
    default List<String> ancestorsOf(String tenant) {
        List<String> ancestors = new ArrayList<>();
        String current = tenant;
        for (int depth = 0; depth < 10; depth++) {
            Optional<String> parent = profile(current).map(TenantProfile::parentId);
            if (parent.isEmpty() || ancestors.contains(parent.get())) {
                break;
            }
            ancestors.add(parent.get());
            current = parent.get();
        }
        return ancestors;
    }

    /** True when {@code tenant} is {@code ancestor} itself or lies below it. */
    default boolean isSelfOrDescendant(String tenant, String ancestor) {
        return tenant.equals(ancestor) || ancestorsOf(tenant).contains(ancestor);
    }
}
