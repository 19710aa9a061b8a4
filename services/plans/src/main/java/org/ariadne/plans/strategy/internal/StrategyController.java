package org.ariadne.plans.strategy.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.ariadne.plans.period.Period;
import org.ariadne.plans.strategy.Strategies;
import org.ariadne.plans.strategy.Strategy;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.web.ProblemException;
import org.ariadne.web.validation.IsoDate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The tenant's strategies; a plan names the one it implements with {@code strategyId}. */
@RestController
@RequestMapping("/api/t/{tenant}/plans/strategies")
@Tag(name = "Strategies", description = "Strategies that action plans implement (per tenant for now)")
class StrategyController {


    private final Strategies strategies;

    StrategyController(Strategies strategies) {
        this.strategies = strategies;
    }

    record CreateStrategyRequest(
            @NotBlank @Size(max = 300) String title,
            @IsoDate String periodFrom,
            @IsoDate String periodTo,
            @Size(max = 4000) String description) {
    }

    record StrategyList(List<Strategy> items) {
    }

    @PostMapping
    @Operation(summary = "Register a strategy")
    ResponseEntity<Strategy> create(@Valid @RequestBody CreateStrategyRequest body) {
        new Period(body.periodFrom(), body.periodTo()).requireValid();
        Strategy strategy = strategies.insert(new Strategy(UUID.randomUUID().toString(), body.title().strip(),
                body.periodFrom(), body.periodTo(), body.description(), Instant.now().truncatedTo(ChronoUnit.MILLIS)));
        return ResponseEntity.created(URI.create("/api/t/" + TenantContext.require().value() + "/plans/strategies/"
                + strategy.id())).body(strategy);
    }

    @GetMapping
    @Operation(summary = "List the tenant's strategies")
    StrategyList list() {
        return new StrategyList(strategies.all());
    }

    @GetMapping("/{strategyId}")
    @Operation(summary = "Read one strategy")
    Strategy get(@PathVariable String strategyId) {
        return strategies.find(strategyId).orElseThrow(() -> ProblemException.notFound("Strategy " + strategyId));
    }
}
