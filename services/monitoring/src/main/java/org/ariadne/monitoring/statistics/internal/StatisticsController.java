package org.ariadne.monitoring.statistics.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ariadne.monitoring.statistics.AnnualStatistics;
import org.ariadne.monitoring.statistics.StatisticsRepository;
import org.ariadne.web.FieldProblem;
import org.ariadne.web.ProblemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tenant's annual THB statistics, one record per year. Only counts are accepted:
 * breakdown keys come from closed vocabularies (citizenship: ISO 3166-1 alpha-2, "domestic" or "unknown"), so no
 * field can carry a name or another victim-level detail, and every breakdown must add up to the victims' total.
 */
@RestController
@RequestMapping("/api/t/{tenant}/monitoring/statistics")
class StatisticsController {

    private final StatisticsRepository statistics;

    StatisticsController(StatisticsRepository statistics) {
        this.statistics = statistics;
    }

    record Victims(@PositiveOrZero int total,
            @NotNull @Size(max = 3) Map<@Pattern(regexp = "female|male|unknown") String, @NotNull @PositiveOrZero Integer> bySex,
            @NotNull @Size(max = 4) Map<@Pattern(regexp = "child|adult|unknown") String, @NotNull @PositiveOrZero Integer> byAgeGroup,
            @NotNull @Size(max = 10) Map<@Pattern(regexp = "sexual|labour|begging|forced_marriage|criminal_activities"
                    + "|organ_removal|other|unknown") String,
                    @NotNull @PositiveOrZero Integer> byExploitation,
            @NotNull @Size(max = 250) Map<@Pattern(regexp = "[A-Z]{2}|domestic|unknown") String, @NotNull @PositiveOrZero Integer> byCitizenship) {
    }

    record StatisticsRequest(@Valid @NotNull Victims victims, @PositiveOrZero int offences, @PositiveOrZero int prosecutions,
            @PositiveOrZero int convictions, @Size(max = 500) String source) {
    }

    @PutMapping("/{year}")
    AnnualStatistics save(@PathVariable int year, @Valid @RequestBody StatisticsRequest request) {
        if (year < 1990 || year > 2100) {
            throw ProblemException.validation(List.of(new FieldProblem("/year", "must be between 1990 and 2100")));
        }
        Victims v = request.victims();
        List<FieldProblem> problems = new ArrayList<>();
        checkSum("bySex", v.bySex(), v.total(), problems);
        checkSum("byAgeGroup", v.byAgeGroup(), v.total(), problems);
        checkSum("byExploitation", v.byExploitation(), v.total(), problems);
        checkSum("byCitizenship", v.byCitizenship(), v.total(), problems);
        if (!problems.isEmpty()) {
            throw ProblemException.validation(problems);
        }
        return statistics.save(new AnnualStatistics(year, new AnnualStatistics.Victims(v.total(), v.bySex(), v.byAgeGroup(),
                v.byExploitation(), v.byCitizenship()), request.offences(), request.prosecutions(), request.convictions(),
                request.source(), Instant.now().truncatedTo(ChronoUnit.MILLIS)));
    }

    @GetMapping("/{year}")
    AnnualStatistics get(@PathVariable int year) {
        return statistics.find(year).orElseThrow(() -> ProblemException.notFound("Statistics for " + year));
    }

    @GetMapping
    Map<String, List<AnnualStatistics>> list() {
        return Map.of("years", statistics.all());
    }

    private static void checkSum(String name, Map<String, Integer> breakdown, int total, List<FieldProblem> problems) {
        long sum = breakdown.values().stream().mapToLong(Integer::longValue).sum(); // int could overflow into a match
        if (!breakdown.isEmpty() && sum != total) {
            problems.add(new FieldProblem("/victims/" + name, "adds up to " + sum + " but victims.total is " + total));
        }
    }
}
