package org.ariadne.funding;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Ariadne funding: budget lines and their yearly allocations, co-financing, transactions in several currencies with
 * dated exchange rates, links to plan activities (also of the tenants below), totals that count every line once, the
 * budget annex import, the funding table export and the IATI 2.03 export, per tenant.
 */
@SpringBootApplication
@OpenAPIDefinition(info = @Info(title = "Ariadne funding API", version = "v1",
        description = "Budget lines of a jurisdiction (tenant) — who holds them, where the money comes from, its yearly "
                + "allocations and the money that moved — linked to plan activities and counted once in every total, "
                + "in any currency (converted on read with the rate of each amount's value date). Every path is under "
                + "/api/t/{tenant}/funding; changes name the version they were based on with If-Match (ETag = line "
                + "version); errors are RFC 9457 problem details."))
public class FundingApplication {

    public static void main(String[] args) {
        SpringApplication.run(FundingApplication.class, args);
    }
}
