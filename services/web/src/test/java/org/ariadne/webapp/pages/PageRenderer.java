package org.ariadne.webapp.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ariadne.webapp.api.JsonObject;
import org.ariadne.webapp.i18n.ContentText;
import org.ariadne.webapp.i18n.Language;
import org.ariadne.webapp.i18n.RegionalFormat;
import org.ariadne.webapp.i18n.TenantInfo;
import org.ariadne.webapp.i18n.TransliteratingMessageSource;
import org.ariadne.webapp.shell.TenantPage;
import org.ariadne.webapp.signin.SignedInUser;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application's own templates and texts, rendered with what a page's controller puts into the model and what
 * the layout adds to every page (the tenant, the user, the language, the tenant's formats): a page that cannot render
 * its service's answer fails here, long before a browser sees it.
 */
final class PageRenderer {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The templates as the web app resolves them, with its transliterating messages (shared by the page tests). */
    static final SpringTemplateEngine ENGINE = engine();

    private PageRenderer() {
    }

    static TenantPage ba04(String role) {
        TenantInfo tenant = new TenantInfo("ba-04", "Zeničko-dobojski kanton", List.of("bs", "hr", "sr-Latn"), "BAM",
                "Europe/Sarajevo");
        SignedInUser user = new SignedInUser("coordinator.ba04", "Koordinacioni tim ZDK", List.of("ba-04"),
                Map.of("ba-04", Set.of(role)), Map.of(), false);
        return new TenantPage(tenant, user, new RegionalFormat(Language.BS, "Europe/Sarajevo"));
    }

    /** JSON as {@code PlatformApi} hands it to the pages: every object a {@link JsonObject}. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> json(String text) {
        return (Map<String, Object>) JsonObject.wrap(JSON.readValue(text, Map.class));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> jsonList(String text) {
        return (List<Map<String, Object>>) JsonObject.wrap(JSON.readValue(text, List.class));
    }

    static String render(String template, TenantPage page, Language language, Map<String, Object> model) {
        MockServletContext servletContext = new MockServletContext();
        HttpServletRequest request = new MockHttpServletRequest(servletContext, "GET", "/t/" + page.id() + "/page");
        WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(servletContext)
                .buildExchange(request, new MockHttpServletResponse()), Locale.forLanguageTag(language.tag()));
        context.setVariable("lang", language);
        context.setVariable("tx", new ContentText(false));
        context.setVariable("currentPath", "/t/" + page.id() + "/page");
        context.setVariable("signedIn", true);
        context.setVariable("me", page.user());
        context.setVariable("page", page);
        context.setVariable("fmt", page.format());
        context.setVariable("languages", page.tenant().offeredLanguages());
        model.forEach(context::setVariable);
        return ENGINE.process(template, context);
    }

    private static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(new TransliteratingMessageSource());
        return engine;
    }
}
