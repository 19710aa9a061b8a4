package org.ariadne.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.ariadne.testing.ServiceTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The one context shape of identity's tests: the service test, with an issuer and redirect URIs that differ from the
 * local stack's (tests reach identity directly, not through the gateway), and a short first sign-in pause.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ServiceTest
@TestPropertySource(properties = {
        "ariadne.identity.issuer=" + IdentityTest.ISSUER,
        "ariadne.identity.redirect-uris=" + IdentityTest.REDIRECT_URI + ",http://127.0.0.1:8765/callback",
        // a sign-in pause the throttle test can wait out
        "ariadne.identity.sign-in.first-pause=" + IdentityTest.FIRST_SIGN_IN_PAUSE})
public @interface IdentityTest {

    String ISSUER = "http://issuer.identity.test:8080";
    String REDIRECT_URI = "http://127.0.0.1:9876/test-callback";
    String FIRST_SIGN_IN_PAUSE = "2s";
}
