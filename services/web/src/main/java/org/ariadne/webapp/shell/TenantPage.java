package org.ariadne.webapp.shell;

import jakarta.servlet.http.HttpServletRequest;
import org.ariadne.webapp.i18n.RegionalFormat;
import org.ariadne.webapp.i18n.TenantInfo;
import org.ariadne.webapp.signin.SignedInUser;

/**
 * Everything a page under {@code /t/{tenant}/…} knows about where it is: the tenant, the user and the user's role
 * there, the tenant's number and date format. Built once per request by {@link TenantPages}.
 */
public record TenantPage(TenantInfo tenant, SignedInUser user, RegionalFormat format) {

    static final String ATTRIBUTE = TenantPage.class.getName();

    public String id() {
        return tenant.id();
    }

    public boolean coordinator() {
        return user.isCoordinator(tenant.id());
    }

    public boolean focalPoint() {
        return user.isFocalPoint(tenant.id());
    }

    /** The institution a focal point reports for here, or null. */
    public String institution() {
        return user.institutionIn(tenant.id());
    }

    public String role() {
        return user.mainRole(tenant.id());
    }

    public void requireCoordinator() {
        if (!coordinator()) {
            throw new ForbiddenPageException("only the tenant's coordinator may do this");
        }
    }

    public static TenantPage of(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof TenantPage page) {
            return page;
        }
        throw new IllegalStateException("not a tenant page: " + request.getRequestURI());
    }
}
