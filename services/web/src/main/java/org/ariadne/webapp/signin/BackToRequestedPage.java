package org.ariadne.webapp.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * After sign-in, back to the page the user asked for (or the start page), by a relative address: the saved request
 * knows this application's own address, not the gateway's the browser came by.
 */
class BackToRequestedPage implements AuthenticationSuccessHandler {

    private final RequestCache requests = new HttpSessionRequestCache();

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        SavedRequest saved = requests.getRequest(request, response);
        String target = "/";
        if (saved != null) {
            URI uri = URI.create(saved.getRedirectUrl());
            String path = uri.getRawPath();
            if (path != null && path.startsWith("/") && !path.startsWith("//")) {
                target = path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            }
            requests.removeRequest(request, response);
        }
        response.sendRedirect(request.getContextPath() + target);
    }
}
