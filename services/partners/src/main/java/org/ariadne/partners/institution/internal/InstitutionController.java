package org.ariadne.partners.institution.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.ariadne.partners.institution.Alias;
import org.ariadne.partners.institution.Institution;
import org.ariadne.partners.institution.InstitutionCommands;
import org.ariadne.partners.institution.InstitutionKind;
import org.ariadne.partners.institution.InstitutionQueries;
import org.ariadne.partners.institution.NameMatcher;
import org.ariadne.partners.institution.internal.InstitutionRequests.AliasesRequest;
import org.ariadne.partners.institution.internal.InstitutionRequests.InstitutionRequest;
import org.ariadne.partners.institution.internal.InstitutionRequests.MergeRequest;
import org.ariadne.partners.institution.internal.InstitutionRequests.ResolveRequest;
import org.ariadne.partners.institution.internal.InstitutionViews.AliasBatchView;
import org.ariadne.partners.institution.internal.InstitutionViews.AliasList;
import org.ariadne.partners.institution.internal.InstitutionViews.AliasView;
import org.ariadne.partners.institution.internal.InstitutionViews.InstitutionList;
import org.ariadne.partners.institution.internal.InstitutionViews.InstitutionView;
import org.ariadne.partners.institution.internal.InstitutionViews.ResolutionList;
import org.ariadne.partners.institution.internal.InstitutionViews.ResolutionView;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.tenancy.TenantRole;
import org.ariadne.tenancy.access.Caller;
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

/** HTTP ↔ the tenant's institution registry, its aliases, and matching printed names. ETag = the institution's version. */
@RestController
@RequestMapping("/api/t/{tenant}/partners")
@Tag(name = "Institutions", description = "The tenant's institutions, their aliases as printed, and matching printed names")
class InstitutionController {

    /** How many printed names one resolve request may read. */
    static final int MAX_NAMES = 1000;
    static final int MAX_NAME_LENGTH = 1000;

    private final InstitutionCommands commands;
    private final InstitutionQueries queries;

    InstitutionController(InstitutionCommands commands, InstitutionQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @GetMapping("/institutions")
    @Operation(summary = "List institutions: the tenant's (scope=tenant), the global registry's (global) or both (all)")
    InstitutionList list(@RequestParam(required = false) @Size(max = Institution.MAX_NAME) String q,
            @Parameter(schema = @Schema(allowableValues = {"government", "ministry", "police", "prosecution", "judiciary", "agency",
                "coordination_office", "coordination_body", "independent_body", "local_government", "public_service", "ngo",
                "international_org", "donor", "collective", "other"})) @RequestParam(required = false) String kind,
            @Parameter(schema = @Schema(allowableValues = {"tenant", "global", "all"}, defaultValue = "all"))
            @RequestParam(defaultValue = "all") String scope, @RequestParam(defaultValue = "false") boolean includeMerged) {
        InstitutionKind parsedKind = kind == null ? null : InstitutionKind.of(kind).orElseThrow(() -> ProblemException
                .validation(List.of(new FieldProblem("kind", "must be one of " + InstitutionKind.codes()))));
        List<InstitutionView> items = queries.list(scope(scope), q, parsedKind, includeMerged).stream()
                .map(i -> InstitutionView.of(i, showEmail(), null, null)).toList();
        return new InstitutionList(items, items.size());
    }

    @PostMapping("/institutions")
    @Operation(summary = "Register an institution; its name, acronym, English name and the aliases sent become aliases")
    ResponseEntity<InstitutionView> register(@Valid @RequestBody InstitutionRequest body) {
        Institution institution = commands.register(InstitutionRequests.fields(body),
                InstitutionRequests.aliases(body.aliases(), true));
        return ResponseEntity.created(URI.create("/api/t/" + TenantContext.require() + "/partners/institutions/"
                + institution.id())).eTag(ETags.of(institution.version())).body(detail(institution));
    }

    @GetMapping("/institutions/{id}")
    @Operation(summary = "An institution (the tenant's or the global registry's) with its aliases and units")
    ResponseEntity<InstitutionView> get(@PathVariable String id) {
        Institution institution = queries.find(id).orElseThrow(() -> ProblemException.notFound("Institution " + id));
        return ResponseEntity.ok().eTag(ETags.of(institution.version())).body(detail(institution));
    }

    @PutMapping("/institutions/{id}")
    @Operation(summary = "Change an institution's fields (send all of them; If-Match with its ETag)")
    ResponseEntity<InstitutionView> change(@PathVariable String id, @RequestHeader(value = "If-Match", required = false)
            String ifMatch, @Valid @RequestBody InstitutionRequest body) {
        long expected = ETags.requiredVersion(ifMatch);
        if (body != null && body.aliases() != null) {
            throw ProblemException.validation(List.of(new FieldProblem("/aliases", "add aliases with POST .../aliases")));
        }
        Institution changed = commands.change(id, expected, InstitutionRequests.fields(body));
        return ResponseEntity.ok().eTag(ETags.of(changed.version())).body(detail(changed));
    }

    @PostMapping("/institutions/{id}/merge")
    @Operation(summary = "Merge this institution into another: aliases, units, memberships, tasks and other services' "
            + "references follow (partners.InstitutionsMerged)")
    ResponseEntity<InstitutionView> merge(@PathVariable String id, @RequestHeader(value = "If-Match", required = false)
            String ifMatch, @RequestBody MergeRequest body) {
        if (body == null || body.into() == null || body.into().isBlank()) {
            throw ProblemException.validation(List.of(new FieldProblem("/into", "must name the institution to merge into")));
        }
        Institution merged = commands.merge(id, body.into().strip(), ifMatch == null ? null : ETags.requiredVersion(ifMatch));
        return ResponseEntity.ok().eTag(ETags.of(merged.version())).body(InstitutionView.of(merged, showEmail(), null, null));
    }

    @GetMapping("/aliases")
    @Operation(summary = "The tenant's aliases (optionally of one institution)")
    AliasList aliases(@RequestParam(required = false) @Size(max = InstitutionRequests.MAX_ID) String institutionId) {
        // an institution this tenant cannot see (another tenant's) is not found, as it is at /institutions/{id}
        List<Alias> all = institutionId == null ? queries.tenantAliases()
                : queries.aliasesOf(queries.find(institutionId)
                        .orElseThrow(() -> ProblemException.notFound("Institution " + institutionId)));
        List<AliasView> items = all.stream().map(AliasView::of).toList();
        return new AliasList(items, items.size());
    }

    @PostMapping("/aliases")
    @Operation(summary = "Add aliases (at most 1000): all or none; a key naming another institution is an alias conflict")
    AliasBatchView addAliases(@Valid @RequestBody AliasesRequest body) {
        if (body == null || body.aliases() == null || body.aliases().isEmpty()) {
            throw ProblemException.validation(List.of(new FieldProblem("/aliases", "must list at least one alias")));
        }
        InstitutionCommands.AliasBatch batch = commands.addAliases(InstitutionRequests.aliases(body.aliases(), false));
        return new AliasBatchView(batch.added().stream().map(AliasView::of).toList(),
                batch.known().stream().map(AliasView::of).toList());
    }

    @PostMapping("/resolve")
    @Operation(summary = "Read printed names against the tenant's aliases (then the global registry's); writes nothing")
    ResolutionList resolve(@RequestBody ResolveRequest body) {
        if (body == null || body.names() == null) {
            throw ProblemException.validation(List.of(new FieldProblem("/names", "must list the printed names")));
        }
        if (body.names().size() > MAX_NAMES) {
            throw ProblemException.validation(List.of(new FieldProblem("/names", "at most " + MAX_NAMES + " names")));
        }
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < body.names().size(); i++) {
            String name = body.names().get(i);
            if (name == null || name.isBlank() || name.length() > MAX_NAME_LENGTH) {
                problems.add(new FieldProblem("/names/" + i, "must be a text of 1 to " + MAX_NAME_LENGTH + " characters"));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.validation(problems);
        }
        NameMatcher matcher = queries.matcher();
        return new ResolutionList(body.names().stream().map(n -> ResolutionView.of(matcher.match(n))).toList());
    }

    private InstitutionView detail(Institution institution) {
        return InstitutionView.of(institution, showEmail(), queries.aliasesOf(institution),
                institution.global() ? List.of() : queries.unitsOf(institution.id()));
    }

    static InstitutionQueries.Scope scope(String scope) {
        return switch (scope) {
            case "tenant" -> InstitutionQueries.Scope.TENANT;
            case "global" -> InstitutionQueries.Scope.GLOBAL;
            case "all" -> InstitutionQueries.Scope.ALL;
            default -> throw ProblemException.validation(List.of(new FieldProblem("scope", "must be tenant, global or all")));
        };
    }

    private static boolean showEmail() {
        return Caller.current().has(TenantRole.COORDINATOR);
    }
}
