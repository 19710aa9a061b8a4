package org.ariadne.partners;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Ariadne partners: the institution registry with the spellings plans print, coordination bodies and their decisions,
 * and the tracker of international recommendations (GRETA, the TIP report), per tenant.
 */
@SpringBootApplication
@EnableScheduling
@OpenAPIDefinition(info = @Info(title = "Ariadne partners API", version = "v1",
        description = "Per tenant under /api/t/{tenant}/partners: institutions and their aliases as printed, matching "
                + "printed names (nothing is ever created automatically), the review queue, coordination bodies with "
                + "memberships, meetings, decisions and follow-up tasks, and the recommendation tracker with its "
                + "DOCX/XLSX export. The platform's global registry of international organisations and donors is under "
                + "/api/admin/partners (platform administrator). Changes name the version they were based on with "
                + "If-Match; errors are RFC 9457 problem details."))
public class PartnersApplication {

    public static void main(String[] args) {
        SpringApplication.run(PartnersApplication.class, args);
    }
}
