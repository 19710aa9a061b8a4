package org.ariadne.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ariadne.contracts.plans.v1.ActivityAdded;
import org.ariadne.contracts.plans.v1.NodeAdded;
import org.ariadne.testing.Api;
import org.ariadne.testing.ApiFuzzSuite;
import org.ariadne.testing.TestJwts;

/**
 * Hostile input for every operation of funding's OpenAPI document (lib-testing's suite), on a plan known from its
 * events, a grant, a line of it with an allocation and a transaction, and a manual exchange rate.
 */
class FundingApiFuzzTest extends ApiFuzzSuite {

    private static final String FUNDING = "/api/t/" + TENANT + "/funding";

    @Override
    protected Map<String, String> fixtures() {
        String token = TestJwts.forTenant(TENANT);
        Map<String, String> ids = new LinkedHashMap<>();
        String planId = UUID.randomUUID().toString();
        Events.publish(new Seeds.PlanEvents(TENANT, planId, "Fuzz plan",
                List.of(new NodeAdded(TENANT, planId, "n-1", null, 1, "1", "Prevencija")),
                List.of(new ActivityAdded(TENANT, planId, "a-1", "n-1", "1.1", "Kampanja", null, List.of("MUP"), List.of(),
                        null, null, null))));
        // the plan is known once its activities are (until then it is not found)
        Events.awaitTrue(() -> api.get(FUNDING + "/activities?planId=" + planId, token).status() == 200);
        ids.put("planId", planId);
        ids.put("activityId", "a-1");
        String grantId = created(api.post(FUNDING + "/grants", token, """
                {"title": "Fuzz grant", "donor": {"name": "Donor"}, "implementer": {"name": "NGO"},
                 "currency": "EUR", "amount": "1000.00"}"""));
        ids.put("grantId", grantId);
        String lineId = created(api.post(FUNDING + "/lines", token, """
                {"title": "Fuzz line", "currency": "EUR", "holder": {"name": "Ministry"},
                 "source": {"kind": "donor", "funder": {"name": "Donor"}}, "grantId": "%s",
                 "allocations": [{"year": 2024, "amount": "500.00", "status": "secured"}]}""".formatted(grantId)));
        ids.put("lineId", lineId);
        ids.put("transactionId", created(api.post(FUNDING + "/lines/" + lineId + "/transactions", token, """
                {"type": "disbursement", "amount": "100.00", "currency": "EUR", "date": "2024-03-01"}""")));
        Api.Response rate = api.put(FUNDING + "/rates/USD/2024-03-01", token, "{\"unitsPerEuro\": \"1.08\"}");
        assertThat(rate.status()).as(rate.toString()).isBetween(200, 201);
        ids.put("currency", "USD");
        ids.put("date", "2024-03-01");
        ids.put("year", "2024");
        return ids;
    }

    /** Bodies whose validity depends on another field or on the operation, which the document cannot say. */
    @Override
    protected Map<String, String> validBodies() {
        return Map.of(
                "PUT /api/t/{tenant}/funding/lines/{lineId}/allocations/{year}", "{\"amount\": \"200.00\"}",
                "POST /api/t/{tenant}/funding/lines/{lineId}/links", "{\"code\": \"1.1\"}",
                "POST /api/t/{tenant}/funding/proposals/{key}/reject", "{\"reason\": \"not a budget line\"}");
    }

    private static String created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json("$.id");
    }
}
