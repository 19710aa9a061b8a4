package org.ariadne.webapp.signin;

/** The user's tokens are gone or can no longer be refreshed: the page sends the browser to sign in again. */
public class SignInRequiredException extends RuntimeException {

    public SignInRequiredException(String message) {
        super(message);
    }
}
