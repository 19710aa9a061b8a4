package org.ariadne.monitoring.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ariadne.testing.Api;
import org.ariadne.testing.ServiceApiTest;
import org.ariadne.testing.TestJwts;
import org.ariadne.testing.TestTenants;
import org.junit.jupiter.api.Test;

/** Annual THB statistics: aggregates only, every breakdown adds up to the total. */
class StatisticsTest extends ServiceApiTest {

    @Test
    void breakdownsMustAddUpAndOnlyCountsAreAccepted() {
        TestTenants.provision(context, "me");
        RoundsApi me = new RoundsApi(port, "me");
        String valid = """
                {"victims":{"total":12,"bySex":{"female":9,"male":3},"byAgeGroup":{"child":4,"adult":8},
                 "byExploitation":{"sexual":7,"labour":3,"begging":2},"byCitizenship":{"domestic":10,"AL":2}},
                 "offences":5,"prosecutions":4,"convictions":2,"source":"Policija"}""";
        Api.Response saved = me.put("/statistics/2023", valid);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(me.get("/statistics/2023").<Integer>json("$.victims.bySex.female")).isEqualTo(9);
        assertThat(me.get("/statistics").<List<Integer>>json("$.years[*].year")).contains(2023);

        Api.Response wrongSum = me.put("/statistics/2024", valid.replace("\"male\":3", "\"male\":4")
                .replace("\"begging\":2", "\"begging\":1"));
        assertThat(wrongSum.status()).isEqualTo(422);
        assertThat(wrongSum.isProblem("validation-failed")).isTrue();
        assertThat(wrongSum.<List<String>>json("$.errors[*].pointer"))
                .containsExactlyInAnyOrder("/victims/bySex", "/victims/byExploitation");
        Api.Response victimLevel = me.put("/statistics/2024", valid.replace("\"AL\":2", "\"Ana Petrović\":2"));
        assertThat(victimLevel.status()).isEqualTo(422);
        Api.Response extraField = me.put("/statistics/2024", valid.replace("\"offences\"", "\"victimNames\":[\"X\"],\"offences\""));
        assertThat(extraField.status()).isEqualTo(422);
        assertThat(extraField.isProblem("validation-failed")).isTrue();
        assertThat(extraField.<String>json("$.errors[0].pointer")).isEqualTo("/victimNames");
        assertThat(me.get("/statistics/2024").status()).isEqualTo(404);
        Api.Response fraction = me.put("/statistics/2024", valid.replace("\"total\":12", "\"total\":12.5"));
        assertThat(fraction.status()).as(fraction.toString()).isEqualTo(422);
        assertThat(fraction.<String>json("$.errors[0].pointer")).isEqualTo("/victims/total");
        assertThat(fraction.<String>json("$.errors[0].detail")).startsWith("must be a whole number");
        Api.Response text = me.put("/statistics/2024", valid.replace("\"offences\":5", "\"offences\":\"5\""));
        assertThat(text.<String>json("$.errors[0].pointer")).isEqualTo("/offences");
        assertThat(me.get("/statistics/2024").status()).isEqualTo(404);
        Api.Response asViewer = me.api.put(me.base() + "/statistics/2023", TestJwts.forTenant("me", "viewer"), valid);
        assertThat(asViewer.status()).isEqualTo(403);
    }
}
