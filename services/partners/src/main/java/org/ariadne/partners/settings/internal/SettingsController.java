package org.ariadne.partners.settings.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.ariadne.partners.settings.PartnerSettings;
import org.ariadne.partners.settings.Settings;
import org.ariadne.tenancy.TenantRole;
import org.ariadne.tenancy.access.Caller;
import org.ariadne.web.FieldProblem;
import org.ariadne.web.ProblemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** HTTP ↔ the tenant's partners settings (addresses are the coordinator's to see). */
@RestController
@RequestMapping("/api/t/{tenant}/partners/settings")
@Tag(name = "Settings", description = "Export and reminder language, reminder addresses and timing")
class SettingsController {

    private final Settings settings;

    SettingsController(Settings settings) {
        this.settings = settings;
    }

    /** The longest e-mail address a mail server must accept (RFC 5321's path limit), checked here. */
    static final int MAX_EMAIL = 254;

    record SettingsRequest(
            @Schema(description = "defaults to the tenant's language", allowableValues = {"en", "bs", "hr", "sr", "sr-Latn", "cnr", "sl",
                "sq"}) String language,
            @Schema(format = "email") @Size(max = MAX_EMAIL) String coordinatorEmail,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "email") @Size(max = MAX_EMAIL) String fromAddress,
            @Schema(minimum = "0", maximum = "" + Settings.MAX_DAYS_BEFORE) Integer daysBefore,
            @Schema(minimum = "1", maximum = "" + Settings.MAX_DAYS_WITHOUT_DUE_DATE) Integer daysWithoutDueDate) {
    }

    @GetMapping
    @Operation(summary = "The settings (e-mail addresses only for coordinators)")
    PartnerSettings get() {
        PartnerSettings s = settings.current();
        return Caller.current().has(TenantRole.COORDINATOR) ? s
                : new PartnerSettings(s.language(), null, null, s.daysBefore(), s.daysWithoutDueDate());
    }

    @PutMapping
    @Operation(summary = "Replace the settings")
    PartnerSettings put(@Valid @RequestBody SettingsRequest body) {
        if (body == null) {
            throw ProblemException.validation(List.of(new FieldProblem("", "a JSON object is required")));
        }
        PartnerSettings d = PartnerSettings.DEFAULTS;
        return settings.save(new PartnerSettings(body.language() == null ? settings.current().language() : body.language(),
                body.coordinatorEmail(), body.fromAddress() == null ? d.fromAddress() : body.fromAddress(),
                body.daysBefore() == null ? d.daysBefore() : body.daysBefore(),
                body.daysWithoutDueDate() == null ? d.daysWithoutDueDate() : body.daysWithoutDueDate()));
    }
}
