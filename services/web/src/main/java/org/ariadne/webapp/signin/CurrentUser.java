package org.ariadne.webapp.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The signed-in user of the current request and their access token, refreshed through identity when it is about to
 * expire. When no token can be had any more the user has to sign in again ({@link SignInRequiredException}).
 */
@Component
public class CurrentUser {

    private static final String USER_ATTRIBUTE = CurrentUser.class.getName() + ".user";

    private final OAuth2AuthorizedClientManager clients;

    CurrentUser(OAuth2AuthorizedClientManager clients) {
        this.clients = clients;
    }

    public boolean signedIn() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof OAuth2AuthenticationToken;
    }

    public SignedInUser get() {
        HttpServletRequest request = request();
        if (request.getAttribute(USER_ATTRIBUTE) instanceof SignedInUser user) {
            return user;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        SignedInUser user = AccessTokenClaims.read(accessToken(), authentication.getName());
        request.setAttribute(USER_ATTRIBUTE, user);
        return user;
    }

    public String accessToken() {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof OAuth2AuthenticationToken authentication)) {
            throw new SignInRequiredException("not signed in");
        }
        ServletRequestAttributes attributes = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        OAuth2AuthorizedClient client;
        try {
            client = clients.authorize(OAuth2AuthorizeRequest
                    .withClientRegistrationId(authentication.getAuthorizedClientRegistrationId())
                    .principal(authentication)
                    .attribute(HttpServletRequest.class.getName(), attributes.getRequest())
                    .attribute(HttpServletResponse.class.getName(), attributes.getResponse())
                    .build());
        } catch (ClientAuthorizationException e) {
            throw new SignInRequiredException("the session's tokens could not be refreshed: " + e.getMessage());
        }
        if (client == null) {
            throw new SignInRequiredException("the session holds no tokens");
        }
        return client.getAccessToken().getTokenValue();
    }

    private static HttpServletRequest request() {
        return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    }
}
