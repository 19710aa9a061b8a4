package org.ariadne.funding.money.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ariadne.funding.money.Amounts;
import org.ariadne.funding.money.CurrencyCode;
import org.ariadne.funding.money.ExchangeRate;
import org.ariadne.funding.money.ExchangeRates;
import org.ariadne.funding.money.RateImports;
import org.ariadne.funding.money.RateTable;
import org.ariadne.jobs.Job;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.web.FieldProblem;
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tenant's exchange rates: "units of the currency per 1 EUR" by date, from an uploaded ECB reference-rate CSV or
 * entered by hand (a manual rate wins on its date). The BAM peg (1.95583) and the euro need none.
 */
@RestController
@RequestMapping("/api/t/{tenant}/funding/rates")
@Tag(name = "Exchange rates", description = "Dated reference rates (ECB upload or manual); BAM is pegged")
class RatesController {

    static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

    private final ExchangeRates rates;
    private final RateImports imports;

    RatesController(ExchangeRates rates, RateImports imports) {
        this.rates = rates;
        this.imports = imports;
    }

    record RateView(String currency, String date, BigDecimal unitsPerEuro, String source) {
        static RateView of(ExchangeRate r) {
            return new RateView(r.currency().code(), r.date().toString(), r.unitsPerEuro(), r.source().name().toLowerCase());
        }
    }

    record RateList(String currency, List<RateView> items, String note) {
    }

    record ManualRate(String unitsPerEuro) {
    }

    @GetMapping
    @Operation(summary = "The rates of one currency between from and to (ISO dates; default: the last 366 days)")
    RateList list(@RequestParam(required = false) String currency, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        List<FieldProblem> problems = new ArrayList<>();
        CurrencyCode code = Amounts.currency("currency", currency, problems);
        LocalDate until = date("to", to, LocalDate.now(), problems);
        LocalDate since = date("from", from, until == null ? null : until.minusDays(366), problems);
        if (!problems.isEmpty()) {
            throw ProblemException.validation(problems);
        }
        if (CurrencyCode.BAM.equals(code) || CurrencyCode.EUR.equals(code)) {
            return new RateList(code.code(), List.of(), CurrencyCode.BAM.equals(code) ? "BAM is pegged: 1 EUR = "
                    + RateTable.BAM_PER_EURO + " BAM on every date" : "EUR is the base of every rate");
        }
        return new RateList(code.code(), rates.list(code, since, until).stream().map(RateView::of).toList(), null);
    }

    @PutMapping("/{currency}/{date}")
    @Operation(summary = "Enter a rate by hand: {\"unitsPerEuro\": \"1.0813\"} (units of the currency per 1 EUR)")
    RateView manual(@PathVariable String currency, @PathVariable String date, @RequestBody ManualRate body) {
        List<FieldProblem> problems = new ArrayList<>();
        CurrencyCode code = Amounts.currency("currency", currency, problems);
        LocalDate day = date("date", date, null, problems);
        String value = body == null || body.unitsPerEuro() == null ? "" : body.unitsPerEuro().strip();
        if (!value.matches("\\d{1,9}(\\.\\d{1,10})?") || new BigDecimal(value).signum() <= 0) {
            problems.add(new FieldProblem("/unitsPerEuro", "must be a positive rate such as \"1.0813\" (units of the "
                    + "currency per 1 EUR, as the ECB quotes it)"));
        }
        if (code != null && (CurrencyCode.BAM.equals(code) || CurrencyCode.EUR.equals(code))) {
            problems.add(new FieldProblem("currency", code + (CurrencyCode.BAM.equals(code)
                    ? " is pegged at 1.95583 per EUR by law; it takes no rate" : " is the base of every rate")));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.validation(problems);
        }
        return RateView.of(rates.setManual(code, day, new BigDecimal(value)));
    }

    @PostMapping(path = "/ecb", consumes = MediaType.ALL_VALUE)
    @Operation(summary = "Upload the ECB's reference rates (eurofxref-hist.csv or eurofxref.csv, unzipped) as the "
            + "request body; 202 + Location of the job")
    ResponseEntity<Job> uploadEcb(@RequestBody(required = false) byte[] csv) {
        if (csv == null || csv.length == 0) {
            throw ProblemException.validation(List.of(new FieldProblem("body", "the ECB CSV must be the request body")));
        }
        if (csv.length > MAX_FILE_BYTES) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "A rate file may hold at most " + MAX_FILE_BYTES
                    + " bytes; this one holds " + csv.length, Map.of("maxBytes", MAX_FILE_BYTES));
        }
        Job job = imports.start(csv);
        return ResponseEntity.accepted().location(URI.create("/api/t/" + TenantContext.require().value()
                + "/funding/jobs/" + job.id())).body(job);
    }

    private static LocalDate date(String name, String value, LocalDate fallback, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            if (fallback == null) {
                problems.add(new FieldProblem(name, "must be an ISO date (2023-12-29)"));
            }
            return fallback;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(name, "must be an ISO date (2023-12-29); got \""
                    + (value.length() > 20 ? value.substring(0, 20) : value) + "\""));
            return null;
        }
    }
}
