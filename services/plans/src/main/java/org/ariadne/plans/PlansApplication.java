package org.ariadne.plans;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Ariadne plans: strategies, action plans, their trees of variable depth and their activities, per tenant. */
@SpringBootApplication
@OpenAPIDefinition(info = @Info(title = "Ariadne plans API", version = "v1",
        description = "Action plans of a jurisdiction (tenant): a tree of nodes whose level names the tenant configures "
                + "(e.g. area → strategic programme) with activities under any node. Every path is under "
                + "/api/t/{tenant}/plans; changes name the version they were based on with If-Match (ETag = plan "
                + "version); errors are RFC 9457 problem details."))
public class PlansApplication {

    public static void main(String[] args) {
        SpringApplication.run(PlansApplication.class, args);
    }
}
