package org.ariadne.web.edge;

import com.mongodb.client.MongoClient;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;
import org.bson.Document;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A minimal service with lib-web's edge, for the edge's own tests: a JSON write, a search, a database read. */
@SpringBootApplication
public class EdgeTestApplication {

    record Probe(@NotBlank @Size(max = 20) String title, int count, BigDecimal figure, Boolean flag, List<String> tags,
            Map<String, Integer> counts) {
    }

    @RestController
    static class ProbeController {

        private final MongoClient mongo;

        ProbeController(MongoClient mongo) {
            this.mongo = mongo;
        }

        @PostMapping("/api/probe")
        Probe write(@Valid @RequestBody Probe probe) {
            return probe;
        }

        @GetMapping("/api/probe/search")
        Map<String, String> search(@RequestParam(required = false) String q, @RequestParam(required = false) String institution) {
            return Map.of("q", String.valueOf(q), "institution", String.valueOf(institution));
        }

        @GetMapping("/api/probe/items/{year}")
        Map<String, Integer> item(@PathVariable int year) {
            return Map.of("year", year);
        }

        @GetMapping("/api/probe/busy")
        Map<String, String> busy() {
            throw new ProblemException(ProblemType.UPSTREAM_UNAVAILABLE, "Too busy; try again in 30 seconds.").retryAfter(30);
        }

        @GetMapping("/api/probe/stored")
        Map<String, Long> stored() {
            return Map.of("count", mongo.getDatabase("edge__probe").getCollection("items").countDocuments(new Document()));
        }
    }
}
