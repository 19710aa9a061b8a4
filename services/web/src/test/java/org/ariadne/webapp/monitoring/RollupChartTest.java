package org.ariadne.webapp.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RollupChartTest {

    @Test
    void oneBarPerTopLevelPartAndOneForThePlanLongAsTheShareImplemented() {
        Map<String, Object> rollup = Map.of(
                "rows", List.of(
                        Map.of("level", 1, "code", "1", "title", "SISTEM PODRŠKE", "percentage", 100, "percentageText", "100",
                                "planned", 27, "implemented", 27),
                        Map.of("level", 2, "code", "1.1", "title", "Program", "percentage", 50, "percentageText", "50"),
                        Map.of("level", 1, "code", "2", "title", "PREVENCIJA", "percentage", 89.4, "percentageText", "89,4",
                                "planned", 19, "implemented", 17)),
                "overall", Map.of("level", 0, "title", "Plan", "percentage", 91.5, "percentageText", "91,5"));
        RollupChart chart = RollupChart.of(rollup);
        assertThat(chart.bars()).extracting(RollupChart.Bar::code).containsExactly("1", "2", null);
        assertThat(chart.bars().get(0).length()).isEqualTo(RollupChart.BAR);
        assertThat(chart.bars().get(1).length()).isEqualTo(357);
        assertThat(chart.bars().get(1).percentageText()).isEqualTo("89,4");
    }
}
