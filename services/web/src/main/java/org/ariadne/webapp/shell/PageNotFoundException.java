package org.ariadne.webapp.shell;

/** A page that does not exist for this user (an unknown id, or a tenant the user is not a member of). */
public class PageNotFoundException extends RuntimeException {

    public PageNotFoundException(String message) {
        super(message);
    }
}
