package org.ariadne.tenancy;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The caller is a member of the tenant but lacks the role an action needs. lib-web answers it with the
 * {@code forbidden} problem, whose detail names the missing role.
 */
public class MissingRoleException extends RuntimeException {

    private final List<String> required;

    public MissingRoleException(String action, List<String> required, TenantId tenant, Set<String> held) {
        super(action + " needs the role " + String.join(" or ", required) + " in tenant " + tenant
                + "; your token grants " + (held.isEmpty() ? "no role there" : String.join(", ", new TreeSet<>(held))));
        this.required = List.copyOf(required);
    }

    /** Any one of these roles would have been enough. */
    public List<String> required() {
        return required;
    }
}
