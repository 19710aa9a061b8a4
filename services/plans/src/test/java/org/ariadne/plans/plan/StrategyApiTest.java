package org.ariadne.plans.plan;

import static org.ariadne.plans.plan.PlanFixtures.PLANS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ariadne.testing.Api;
import org.ariadne.testing.ServiceApiTest;
import org.ariadne.testing.TestJwts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Strategies per tenant, and plans that implement one, with their period, legal act and adoption date. */
class StrategyApiTest extends ServiceApiTest {

    String token;

    @BeforeEach
    void setUp() {
        token = TestJwts.forTenant("ba-04");
    }

    @Test
    void aPlanImplementsAStrategyOfItsTenant() {
        Api.Response strategy = api.post(PLANS + "/strategies", token,
                "{\"title\":\"Strategija suprotstavljanja trgovini ljudima u BiH 2020-2023\","
                        + "\"periodFrom\":\"2020-01-01\",\"periodTo\":\"2023-12-31\"}");
        assertThat(strategy.status()).as(strategy.toString()).isEqualTo(201);
        String strategyId = strategy.json("$.id");
        assertThat(strategy.header("Location")).isEqualTo(PLANS + "/strategies/" + strategyId);
        assertThat(api.get(PLANS + "/strategies/" + strategyId, token).<String>json("$.periodTo")).isEqualTo("2023-12-31");
        assertThat(api.get(PLANS + "/strategies", token).<List<String>>json("$.items[*].id")).contains(strategyId);

        Api.Response plan = api.post(PLANS, token, "{\"title\":\"Akcioni plan ZDK 2021-2024\",\"levelNames\":[\"Oblast\"],"
                + "\"periodFrom\":\"2021-01-01\",\"periodTo\":\"2024-12-31\",\"strategyId\":\"" + strategyId + "\"}");
        assertThat(plan.status()).as(plan.toString()).isEqualTo(201);
        assertThat(plan.<String>json("$.metadata.strategyId")).isEqualTo(strategyId);
        assertThat(plan.<String>json("$.metadata.periodFrom")).isEqualTo("2021-01-01");
        assertThat(plan.<String>json("$.status")).isEqualTo("draft");

        Api.Response unknown = api.post(PLANS, token, "{\"title\":\"X\",\"levelNames\":[\"Oblast\"],\"strategyId\":\"nope\"}");
        assertThat(unknown.isProblem("validation-failed")).as(unknown.toString()).isTrue();
        Api.Response otherTenant = api.get("/api/t/me/plans/strategies/" + strategyId, TestJwts.forTenant("me"));
        assertThat(otherTenant.isProblem("not-found")).isTrue();
        Api.Response badDate = api.post(PLANS + "/strategies", token, "{\"title\":\"S\",\"periodFrom\":\"2020\"}");
        assertThat(badDate.isProblem("validation-failed")).isTrue();
        assertThat(badDate.<List<String>>json("$.errors[*].pointer")).contains("/periodFrom");
    }
}
