package org.ariadne.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.ariadne.testing.ServiceTest;
import org.ariadne.testing.TestBackends;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The one context shape of identity's tests: the service test, with an issuer and redirect URIs that differ from the
 * local stack's (tests reach identity directly, not through the gateway), a short first sign-in pause, and a real SMTP
 * server for invitation mails ({@link TestMail}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ServiceTest
@ContextConfiguration(initializers = {TestBackends.class, TestMail.class, FakeServices.class})
@TestPropertySource(properties = {
        "ariadne.identity.issuer=" + IdentityTest.ISSUER,
        "ariadne.identity.redirect-uris=" + IdentityTest.REDIRECT_URI + ",http://127.0.0.1:8765/callback",
        // a sign-in pause the throttle test can wait out
        "ariadne.identity.sign-in.first-pause=" + IdentityTest.FIRST_SIGN_IN_PAUSE,
        // replicas re-read the signing keys often, so a retired key leaves the key set within the test
        "ariadne.identity.signing-keys.refresh=" + IdentityTest.KEY_REFRESH})
public @interface IdentityTest {

    String ISSUER = "http://issuer.identity.test:8080";
    String REDIRECT_URI = "http://127.0.0.1:9876/test-callback";
    String FIRST_SIGN_IN_PAUSE = "2s";
    String KEY_REFRESH = "1s";

    /** The same properties for a second identity instance started by hand (another replica, or a restart). */
    String[] PROPERTIES = {"ariadne.identity.issuer=" + ISSUER,
        "ariadne.identity.redirect-uris=" + REDIRECT_URI + ",http://127.0.0.1:8765/callback",
        "ariadne.identity.sign-in.first-pause=" + FIRST_SIGN_IN_PAUSE,
        "ariadne.identity.signing-keys.refresh=" + KEY_REFRESH};
}
