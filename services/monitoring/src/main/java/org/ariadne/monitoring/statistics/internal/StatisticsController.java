package org.ariadne.monitoring.statistics.internal;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.ariadne.web.FieldProblem;
import org.ariadne.web.ProblemException;
import org.bson.Document;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tenant's annual THB statistics ({@code thb_statistics}, one document per year). Only counts are accepted:
 * breakdown keys come from closed vocabularies (citizenship: ISO 3166-1 alpha-2, "domestic" or "unknown"), so no
 * field can carry a name or another victim-level detail, and every breakdown must add up to the victims' total.
 */
@RestController
@RequestMapping("/api/t/{tenant}/monitoring/statistics")
class StatisticsController {

    static final String COLLECTION = "thb_statistics";

    private final TenantDatabases databases;

    StatisticsController(TenantDatabases databases) {
        this.databases = databases;
    }

    record Victims(@PositiveOrZero int total,
            @NotNull @Size(max = 3) Map<@Pattern(regexp = "female|male|unknown") String, @NotNull @PositiveOrZero Integer> bySex,
            @NotNull @Size(max = 4) Map<@Pattern(regexp = "child|adult|unknown") String, @NotNull @PositiveOrZero Integer> byAgeGroup,
            @NotNull @Size(max = 10) Map<@Pattern(regexp = "sexual|labour|begging|forced_marriage|criminal_activities|organ_removal|other|unknown") String,
                    @NotNull @PositiveOrZero Integer> byExploitation,
            @NotNull @Size(max = 250) Map<@Pattern(regexp = "[A-Z]{2}|domestic|unknown") String, @NotNull @PositiveOrZero Integer> byCitizenship) {
    }

    record AnnualStatistics(@Valid @NotNull Victims victims, @PositiveOrZero int offences, @PositiveOrZero int prosecutions,
            @PositiveOrZero int convictions, @Size(max = 500) String source) {
    }

    @PutMapping("/{year}")
    Map<String, Object> save(@PathVariable int year,
            @Valid @RequestBody AnnualStatistics statistics) {
        if (year < 1990 || year > 2100) {
            throw ProblemException.validation(List.of(new FieldProblem("/year", "must be between 1990 and 2100")));
        }
        Victims v = statistics.victims();
        List<FieldProblem> problems = new ArrayList<>();
        checkSum("bySex", v.bySex(), v.total(), problems);
        checkSum("byAgeGroup", v.byAgeGroup(), v.total(), problems);
        checkSum("byExploitation", v.byExploitation(), v.total(), problems);
        checkSum("byCitizenship", v.byCitizenship(), v.total(), problems);
        if (!problems.isEmpty()) {
            throw ProblemException.validation(problems);
        }
        Document document = new Document("_id", year)
                .append("victims", new Document("total", v.total()).append("bySex", new Document(Map.copyOf(v.bySex())))
                        .append("byAgeGroup", new Document(Map.copyOf(v.byAgeGroup())))
                        .append("byExploitation", new Document(Map.copyOf(v.byExploitation())))
                        .append("byCitizenship", new Document(Map.copyOf(v.byCitizenship()))))
                .append("offences", statistics.offences()).append("prosecutions", statistics.prosecutions())
                .append("convictions", statistics.convictions()).append("source", statistics.source())
                .append("updatedAt", Instant.now().toString());
        collection().replaceOne(eq("_id", year), document, new ReplaceOptions().upsert(true));
        return view(document);
    }

    @GetMapping("/{year}")
    Map<String, Object> get(@PathVariable int year) {
        Document d = collection().find(eq("_id", year)).first();
        if (d == null) {
            throw ProblemException.notFound("Statistics for " + year);
        }
        return view(d);
    }

    @GetMapping
    Map<String, List<Map<String, Object>>> list() {
        List<Map<String, Object>> years = new ArrayList<>();
        collection().find().sort(Sorts.ascending("_id")).forEach(d -> years.add(view(d)));
        return Map.of("years", years);
    }

    private static void checkSum(String name, Map<String, Integer> breakdown, int total, List<FieldProblem> problems) {
        long sum = breakdown.values().stream().mapToLong(Integer::longValue).sum(); // int could overflow into a match
        if (!breakdown.isEmpty() && sum != total) {
            problems.add(new FieldProblem("/victims/" + name, "adds up to " + sum + " but victims.total is " + total));
        }
    }

    private static Map<String, Object> view(Document d) {
        Document copy = new Document(d);
        copy.put("year", copy.remove("_id"));
        return copy;
    }

    private MongoCollection<Document> collection() {
        return databases.current().getCollection(COLLECTION);
    }
}
