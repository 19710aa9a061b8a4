package org.ariadne.plans.settings.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.ariadne.plans.settings.PlanSettings;
import org.ariadne.plans.settings.PlanSettingsStore;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A tenant's plan settings: the default names of its plans' levels, which an import uses for levels that neither the
 * request nor the file names. Every member reads them; only a coordinator changes them (PlansAccessPolicy).
 */
@RestController
@RequestMapping("/api/t/{tenant}/plans/settings")
@Tag(name = "Plan settings", description = "The tenant's defaults for its plans")
class PlanSettingsController {

    private final PlanSettingsStore settings;

    PlanSettingsController(PlanSettingsStore settings) {
        this.settings = settings;
    }

    record SettingsRequest(@NotNull @Size(max = 8) List<@NotBlank @Size(max = 80) String> defaultLevelNames) {
    }

    @GetMapping
    @Operation(summary = "The tenant's plan settings (defaultLevelNames: [] when none are set)")
    PlanSettings get() {
        return settings.current();
    }

    @PutMapping
    @Operation(summary = "Replace the tenant's plan settings; defaultLevelNames: 0 to 8 names, top level first")
    PlanSettings put(@Valid @RequestBody SettingsRequest body) {
        PlanSettings saved = new PlanSettings(body.defaultLevelNames().stream().map(String::strip).toList());
        settings.save(saved);
        return saved;
    }
}
