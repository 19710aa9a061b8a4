package org.ariadne.testing;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The base of a service's API tests: the whole service on a random port ({@link ServiceTest}, one cached context
 * per module), a real HTTP client for it, and the tenants the test works in provisioned before each test. A test
 * names its tenants by overriding {@link #tenants()} (default {@code ba-04} and {@code me}).
 */
@ServiceTest
public abstract class ServiceApiTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected ApplicationContext context;

    /** The service's API, as a client (or the gateway) calls it. */
    protected Api api;

    /** The tenants provisioned before each test (as identity's TenantOnboarded would). */
    protected String[] tenants() {
        return new String[] {"ba-04", "me"};
    }

    @BeforeEach
    void provisionTenantsAndConnect() {
        api = new Api(port);
        TestTenants.provision(context, tenants());
    }

    /** A token of a member of {@code tenant} with the given roles (coordinator when none). */
    protected static String token(String tenant, String... roles) {
        return TestJwts.forTenant(tenant, roles);
    }

    /** Waits for the job at {@code location} (a 202's Location) to finish, as {@code tenant}'s coordinator. */
    protected Api.Response awaitJob(String tenant, String location) {
        return TestJobs.await(api, location, token(tenant));
    }
}
