package org.ariadne.identity.signin;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ariadne.identity.sign-in.*}: when repeated failed sign-ins pause further attempts.
 *
 * @param accountFailures failures of one account (or confidential client) before it is paused
 * @param sourceFailures  failures from one source address, whatever the account, before that address is paused
 * @param window          a count starts again when its last failure is older than this
 * @param firstPause      the first pause; each further failure past the limit doubles it
 * @param maxPause        the longest pause
 * @param trustedProxies  proxies in front of identity that append to X-Forwarded-For (1: the gateway; 2 with an
 *                        ingress controller in front of the gateway); the address the outermost of them saw is the
 *                        source. 0 uses the TCP peer.
 */
@ConfigurationProperties("ariadne.identity.sign-in")
public record SignInThrottleProperties(
        @DefaultValue("5") int accountFailures,
        @DefaultValue("20") int sourceFailures,
        @DefaultValue("15m") Duration window,
        @DefaultValue("1m") Duration firstPause,
        @DefaultValue("1h") Duration maxPause,
        @DefaultValue("1") int trustedProxies) {
}
