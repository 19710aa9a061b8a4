package org.ariadne.identity.signin;

/** The browsers signed in at identity's sign-in form. */
public interface SignedInBrowsers {

    /** Signs a user out of every browser (after a password change): the next authorization asks for the password. */
    void signOutEverywhere(String username);
}
