package org.ariadne.plans.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The deadlines as the seed plans print them. */
class DeadlineReaderTest {

    private static void reads(String printed, String kind, String start, String end) {
        DeadlineReading reading = DeadlineReader.read(printed);
        assertThat(reading.kind()).as(printed).isEqualTo(kind);
        assertThat(reading.start()).as(printed + " start").isEqualTo(start);
        assertThat(reading.end()).as(printed + " end").isEqualTo(end);
    }

    @Test
    void quarters() {
        reads("II kvartal 2017", "quarter", "2017-04-01", "2017-06-30");
        reads("IV kvartal 2017. godine", "quarter", "2017-10-01", "2017-12-31");
        reads("III i IV kvartal 2017. godine", "quarter", "2017-07-01", "2017-12-31");
        reads("K4 2015", "quarter", "2015-10-01", "2015-12-31");
    }

    @Test
    void severalDatedItemsAreMilestones() {
        DeadlineReading reading = DeadlineReader.read("IV kvartal 2017. godine IV kvartal 2018. godine");
        assertThat(reading.kind()).isEqualTo("milestones");
        assertThat(reading.milestones()).hasSize(2);
        assertThat(reading.start()).isEqualTo("2017-10-01");
        assertThat(reading.end()).isEqualTo("2018-12-31");
        DeadlineReading months = DeadlineReader.read("Mart 2021. Mart 2022. Mart 2023.");
        assertThat(months.kind()).isEqualTo("milestones");
        assertThat(months.milestones()).extracting(DeadlineReading::kind).containsExactly("month", "month", "month");
        DeadlineReading mixed = DeadlineReader.read("III I IV kvartal 2017. godine II I III kvartal 2018. godine");
        assertThat(mixed.milestones()).extracting(DeadlineReading::start).containsExactly("2017-07-01", "2018-04-01");
        assertThat(mixed.milestones()).extracting(DeadlineReading::end).containsExactly("2017-12-31", "2018-09-30");
    }

    @Test
    void monthsHalfYearsYearsAndRanges() {
        reads("Mart 2020.", "month", "2020-03-01", "2020-03-31");
        reads("Decembar 2021.", "month", "2021-12-01", "2021-12-31");
        reads("Druga polovina 2021.", "half_year", "2021-07-01", "2021-12-31");
        reads("Prva polovica leta 2024", "half_year", "2024-01-01", "2024-06-30");
        reads("2021.", "year", "2021-01-01", "2021-12-31");
        reads("2021/2022.", "year_range", "2021-01-01", "2022-12-31");
        reads("2015-2017", "year_range", "2015-01-01", "2017-12-31");
        reads("2021\u20122022.", "year_range", "2021-01-01", "2022-12-31");
        reads("do kraja 2018", "by_end_of", null, "2018-12-31");
        reads("Do kraja 2018. godine", "by_end_of", null, "2018-12-31");
        reads("15.03.2021.", "date", "2021-03-15", "2021-03-15");
    }

    @Test
    void continuousRecurringAndEventTriggered() {
        reads("Kontinuirano", "continuous", null, null);
        reads("në vazhdimësi", "continuous", null, null);
        reads("Né vazhdimési", "continuous", null, null);
        reads("Kontinuirana dejavnost v letih 2023 in 2024", "continuous", "2023-01-01", "2024-12-31");
        DeadlineReading twice = DeadlineReader.read("Kontinuirano, najmanje dva puta godišnje");
        assertThat(twice.kind()).isEqualTo("continuous");
        assertThat(twice.cadence()).isEqualTo("semiannual");
        DeadlineReading recurring = DeadlineReader.read("najmanje dva puta godišnje");
        assertThat(recurring.kind()).isEqualTo("recurring");
        assertThat(recurring.cadence()).isEqualTo("semiannual");
        assertThat(DeadlineReader.read("Kvartalno").cadence()).isEqualTo("quarterly");
        assertThat(DeadlineReader.read("Jednom godišnje").cadence()).isEqualTo("annual");
        assertThat(DeadlineReader.read("Dvakrat letno v letih 2023 in 2024").kind()).isEqualTo("recurring");
        reads("Po potrebi", "event_triggered", null, null);
        reads("U skladu sa usvojenim Planom rada", "event_triggered", null, null);
    }

    @Test
    void nothingReadableIsUnknownAndKeepsNothingElse() {
        reads(null, "unknown", null, null);
        reads("kad bude moguće", "unknown", null, null);
        reads("31.02.2021", "year", "2021-01-01", "2021-12-31");
    }
}
