package org.ariadne.webapp.shell;

/** A page or action the user's role does not allow (the services would refuse it too). */
public class ForbiddenPageException extends RuntimeException {

    public ForbiddenPageException(String message) {
        super(message);
    }
}
