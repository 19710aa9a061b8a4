package org.ariadne.plans.plan;

import org.ariadne.testing.ServiceApiTest;
import org.junit.jupiter.api.BeforeEach;

/** The plans API tests' common ground: the service over real HTTP and fixtures that build plans as a coordinator. */
abstract class PlanApiTests extends ServiceApiTest {

    protected PlanFixtures fixtures;
    protected String token;

    @BeforeEach
    void planFixtures() {
        fixtures = new PlanFixtures(api);
        token = fixtures.token();
    }
}
