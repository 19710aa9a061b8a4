package org.ariadne.identity.checklist.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ariadne.identity.checklist.Checklist;
import org.ariadne.identity.checklist.Checklists;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A tenant's coordinators see its onboarding checklist ({@code /api/t/{tenant}/identity/checklist}). */
@RestController
@Tag(name = "Onboarding checklist", description = "A new jurisdiction's first steps, from the services' events")
class ChecklistController {

    private final Checklists checklists;

    ChecklistController(Checklists checklists) {
        this.checklists = checklists;
    }

    @GetMapping("/api/t/{tenant}/identity/checklist")
    @Operation(summary = "Plan imported, institutions resolved, first round opened, funding entered: done, open or not available")
    Checklist checklist(@PathVariable String tenant) {
        return checklists.current();
    }
}
