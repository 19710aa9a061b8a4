package org.ariadne.webapp.shell;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.ariadne.webapp.i18n.Language;
import org.ariadne.webapp.i18n.LanguageChoice;
import org.ariadne.webapp.i18n.RegionalFormat;
import org.ariadne.webapp.i18n.TenantDirectory;
import org.ariadne.webapp.i18n.TenantInfo;
import org.ariadne.webapp.signin.CurrentUser;
import org.ariadne.webapp.signin.SignedInUser;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Before any page of {@code /t/{tenant}/…}: the user must be a member of the tenant (a tenant the user does not
 * belong to is "not found", as the API answers), and the page speaks the user's language if the tenant offers it,
 * the tenant's own otherwise.
 */
@Component
public class TenantPages implements HandlerInterceptor {

    private final CurrentUser currentUser;
    private final TenantDirectory tenants;

    TenantPages(CurrentUser currentUser, TenantDirectory tenants) {
        this.currentUser = currentUser;
        this.tenants = tenants;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String tenant = variables == null ? null : variables.get("tenant");
        if (tenant == null) {
            return true;
        }
        SignedInUser user = currentUser.get();
        if (!user.isMemberOf(tenant)) {
            throw new PageNotFoundException("not a member of " + tenant);
        }
        TenantInfo info = tenants.get(tenant);
        Language language = LanguageChoice.remembered(request).filter(info.offeredLanguages()::contains)
                .orElse(info.primaryLanguage());
        request.setAttribute(LanguageChoice.PAGE_LANGUAGE, language);
        request.setAttribute(TenantPage.ATTRIBUTE, new TenantPage(info, user, new RegionalFormat(info.primaryLanguage(), info.timeZone())));
        return true;
    }
}
