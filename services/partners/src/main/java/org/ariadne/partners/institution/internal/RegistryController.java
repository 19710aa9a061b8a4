package org.ariadne.partners.institution.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.ariadne.partners.institution.Institution;
import org.ariadne.partners.institution.InstitutionCommands;
import org.ariadne.partners.institution.InstitutionKind;
import org.ariadne.partners.institution.InstitutionQueries;
import org.ariadne.partners.institution.internal.InstitutionRequests.AliasesRequest;
import org.ariadne.partners.institution.internal.InstitutionRequests.InstitutionRequest;
import org.ariadne.partners.institution.internal.InstitutionViews.AliasBatchView;
import org.ariadne.partners.institution.internal.InstitutionViews.AliasView;
import org.ariadne.partners.institution.internal.InstitutionViews.InstitutionList;
import org.ariadne.partners.institution.internal.InstitutionViews.InstitutionView;
import org.ariadne.web.ETags;
import org.ariadne.web.FieldProblem;
import org.ariadne.web.ProblemException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * HTTP ↔ the platform's global registry of international organisations and donors. Only the platform administrator
 * reaches it (PartnerAccess); every tenant reads it through its own institution endpoints.
 */
@RestController
@RequestMapping("/api/admin/partners")
@Tag(name = "Global registry", description = "International organisations and donors every tenant references (platform administrator)")
class RegistryController {

    private final InstitutionCommands commands;
    private final InstitutionQueries queries;

    RegistryController(InstitutionCommands commands, InstitutionQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @GetMapping("/institutions")
    @Operation(summary = "List the global registry")
    InstitutionList list(@RequestParam(required = false) @Size(max = Institution.MAX_NAME) String q,
            @Parameter(schema = @Schema(allowableValues = {"government", "ministry", "police", "prosecution", "judiciary", "agency",
                "coordination_office", "coordination_body", "independent_body", "local_government", "public_service", "ngo",
                "international_org", "donor", "collective", "other"})) @RequestParam(required = false) String kind) {
        InstitutionKind parsedKind = kind == null ? null : InstitutionKind.of(kind).orElseThrow(() -> ProblemException
                .validation(List.of(new FieldProblem("kind", "must be one of " + InstitutionKind.codes()))));
        List<InstitutionView> items = queries.list(InstitutionQueries.Scope.GLOBAL, q, parsedKind, true).stream()
                .map(i -> InstitutionView.of(i, true, null, null)).toList();
        return new InstitutionList(items, items.size());
    }

    @PostMapping("/institutions")
    @Operation(summary = "Register a global institution; its names become global aliases")
    ResponseEntity<InstitutionView> register(@Valid @RequestBody InstitutionRequest body) {
        Institution institution = commands.registerGlobal(InstitutionRequests.fields(body),
                InstitutionRequests.aliases(body.aliases(), true));
        return ResponseEntity.created(URI.create("/api/admin/partners/institutions/" + institution.id()))
                .eTag(ETags.of(institution.version())).body(InstitutionView.of(institution, true,
                        queries.aliasesOf(institution), List.of()));
    }

    @GetMapping("/institutions/{id}")
    @Operation(summary = "A global institution with its aliases")
    ResponseEntity<InstitutionView> get(@PathVariable String id) {
        Institution institution = queries.find(id).filter(Institution::global)
                .orElseThrow(() -> ProblemException.notFound("Global institution " + id));
        return ResponseEntity.ok().eTag(ETags.of(institution.version()))
                .body(InstitutionView.of(institution, true, queries.aliasesOf(institution), List.of()));
    }

    @PutMapping("/institutions/{id}")
    @Operation(summary = "Change a global institution (If-Match)")
    ResponseEntity<InstitutionView> change(@PathVariable String id, @RequestHeader(value = "If-Match", required = false)
            String ifMatch, @Valid @RequestBody InstitutionRequest body) {
        long expected = ETags.requiredVersion(ifMatch);
        Institution changed = commands.changeGlobal(id, expected, InstitutionRequests.fields(body));
        return ResponseEntity.ok().eTag(ETags.of(changed.version()))
                .body(InstitutionView.of(changed, true, queries.aliasesOf(changed), List.of()));
    }

    @PostMapping("/aliases")
    @Operation(summary = "Add global aliases (at most 1000, all or none)")
    AliasBatchView addAliases(@Valid @RequestBody AliasesRequest body) {
        if (body == null || body.aliases() == null || body.aliases().isEmpty()) {
            throw ProblemException.validation(List.of(new FieldProblem("/aliases", "must list at least one alias")));
        }
        InstitutionCommands.AliasBatch batch = commands.addGlobalAliases(InstitutionRequests.aliases(body.aliases(), false));
        return new AliasBatchView(batch.added().stream().map(AliasView::of).toList(),
                batch.known().stream().map(AliasView::of).toList());
    }
}
