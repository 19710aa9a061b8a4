package org.ariadne.webapp.shell.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.ariadne.webapp.i18n.ContentText;
import org.ariadne.webapp.i18n.Language;
import org.ariadne.webapp.i18n.LanguageChoice;
import org.ariadne.webapp.i18n.RegionalFormat;
import org.ariadne.webapp.shell.TenantPage;
import org.ariadne.webapp.signin.CurrentUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout shows: who is signed in, where, in which language, and how to format for the tenant. */
@ControllerAdvice
class PageModel {

    private static final RegionalFormat DEFAULT_FORMAT = new RegionalFormat(Language.BS, "Europe/Sarajevo");

    private final CurrentUser currentUser;

    PageModel(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @ModelAttribute
    void layout(HttpServletRequest request, org.springframework.ui.Model model) {
        Language language = LanguageChoice.current(request);
        model.addAttribute("lang", language);
        model.addAttribute("tx", new ContentText(LanguageChoice.contentInCyrillic(request)));
        model.addAttribute("currentPath", request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
        boolean signedIn = currentUser.signedIn();
        model.addAttribute("signedIn", signedIn);
        Object page = request.getAttribute(TenantPage.class.getName());
        if (page instanceof TenantPage tenantPage) {
            model.addAttribute("page", tenantPage);
            model.addAttribute("fmt", tenantPage.format());
            model.addAttribute("languages", tenantPage.tenant().offeredLanguages());
        } else {
            model.addAttribute("fmt", DEFAULT_FORMAT);
            model.addAttribute("languages", List.of(Language.values()));
        }
        if (signedIn) {
            model.addAttribute("me", currentUser.get());
        }
    }
}
