package org.ariadne.webapp.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * A page request without a session goes to sign in. A partial (htmx) request cannot follow a redirect to another
 * site's page, so it is told to load the sign-in page as a whole ({@code HX-Redirect}).
 */
class HtmxAwareEntryPoint implements AuthenticationEntryPoint {

    private final AuthenticationEntryPoint pages;

    HtmxAwareEntryPoint(AuthenticationEntryPoint pages) {
        this.pages = pages;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, jakarta.servlet.ServletException {
        if ("true".equals(request.getHeader("HX-Request"))) {
            response.setHeader("HX-Redirect", request.getContextPath() + SignInConfiguration.START_SIGN_IN + "/"
                    + SignInConfiguration.REGISTRATION);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        pages.commence(request, response, e);
    }
}
