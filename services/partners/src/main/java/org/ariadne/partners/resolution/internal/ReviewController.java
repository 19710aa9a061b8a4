package org.ariadne.partners.resolution.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.ariadne.partners.institution.AliasKind;
import org.ariadne.partners.institution.Institution;
import org.ariadne.partners.institution.InstitutionFields;
import org.ariadne.partners.institution.InstitutionKind;
import org.ariadne.partners.institution.NameMatch;
import org.ariadne.partners.resolution.ResolutionCommands;
import org.ariadne.partners.resolution.ReviewItem;
import org.ariadne.partners.resolution.ReviewQueries;
import org.ariadne.web.FieldProblem;
import org.ariadne.web.ProblemException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** HTTP ↔ the review queue: printed names no alias covers, and the coordinator's decisions on them. */
@RestController
@RequestMapping("/api/t/{tenant}/partners/review")
@Tag(name = "Review queue", description = "Printed names waiting for the coordinator: resolve, create or mark generic")
class ReviewController {

    /** Ids (ours are UUIDs); a longer one names nothing. */
    static final int MAX_ID = 100;
    /** A queued name's key: the folded form of a printed name (printed names are read up to 1000 characters). */
    static final int MAX_KEY = 2000;
    static final int MAX_EMAIL = 254;
    static final int MAX_IATI_REF = 103;

    private final ResolutionCommands commands;
    private final ReviewQueries queries;

    ReviewController(ResolutionCommands commands, ReviewQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ItemView(String key, String text, String status, List<ReviewItem.Place> places,
            List<NameMatch.Suggestion> suggestions, ReviewItem.Decision decision) {

        static ItemView of(ReviewItem i) {
            return new ItemView(i.key(), i.text(), i.status().name().toLowerCase(java.util.Locale.ROOT), i.places(),
                    i.suggestions(), i.decision());
        }
    }

    record ItemList(List<ItemView> items, int total) {
    }

    /** A new institution's fields, when the decision is to create one (Institution checks the lengths it states). */
    record NewInstitution(
            @Schema(maxLength = Institution.MAX_NAME) String name,
            @Schema(maxLength = Institution.MAX_NAME) String nameEn,
            @Schema(maxLength = Institution.MAX_ACRONYM) String acronym,
            @Schema(allowableValues = {"government", "ministry", "police", "prosecution", "judiciary",
                    "agency", "coordination_office", "coordination_body", "independent_body", "local_government", "public_service", "ngo",
                    "international_org", "donor", "collective", "other"}) String kind,
            @Size(max = MAX_ID) String parentId,
            @Size(max = MAX_ID) String globalRef,
            @Size(max = MAX_IATI_REF) String iatiRef,
            @Schema(format = "email") @Size(max = MAX_EMAIL) String email) {
    }

    record ReviewDecisionRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Size(max = MAX_KEY) String key,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"resolve", "create", "generic"}) String action,
            @Size(max = MAX_ID) String institutionId,
            @Schema(allowableValues = {"name", "acronym", "variant", "typo", "ocr", "truncated", "translation", "generic"})
            String aliasKind,
            @Valid NewInstitution institution) {
    }

    @GetMapping
    @Operation(summary = "The review queue (status open by default; resolved, generic or all for the history)")
    ItemList queue(@Parameter(schema = @Schema(allowableValues = {"open", "resolved", "generic", "all"}, defaultValue = "open"))
            @RequestParam(defaultValue = "open") String status) {
        ReviewItem.ReviewStatus parsed = switch (status) {
            case "open" -> ReviewItem.ReviewStatus.OPEN;
            case "resolved" -> ReviewItem.ReviewStatus.RESOLVED;
            case "generic" -> ReviewItem.ReviewStatus.GENERIC;
            case "all" -> null;
            default -> throw ProblemException.validation(List.of(new FieldProblem("status",
                    "must be open, resolved, generic or all")));
        };
        List<ItemView> items = queries.queue(parsed).stream().map(ItemView::of).toList();
        return new ItemList(items, items.size());
    }

    @PostMapping("/decisions")
    @Operation(summary = "Decide on a queued name: resolve it to an institution, create one for it, or mark it generic")
    ItemView decide(@Valid @RequestBody ReviewDecisionRequest body) {
        if (body == null) {
            throw ProblemException.validation(List.of(new FieldProblem("", "a JSON object is required")));
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (body.key() == null || body.key().isBlank()) {
            problems.add(new FieldProblem("/key", "must name the queued item's key"));
        }
        ResolutionCommands.Action action = body.action() == null ? null : switch (body.action()) {
            case "resolve" -> ResolutionCommands.Action.RESOLVE;
            case "create" -> ResolutionCommands.Action.CREATE;
            case "generic" -> ResolutionCommands.Action.GENERIC;
            default -> null;
        };
        if (action == null) {
            problems.add(new FieldProblem("/action", "must be resolve, create or generic"));
        }
        AliasKind kind = null;
        if (body.aliasKind() != null) {
            kind = AliasKind.of(body.aliasKind()).orElse(null);
            if (kind == null) {
                problems.add(new FieldProblem("/aliasKind", "must be one of " + AliasKind.codes()));
            }
        }
        InstitutionFields fields = null;
        if (body.institution() != null) {
            NewInstitution n = body.institution();
            InstitutionKind parsed = n.kind() == null ? null : InstitutionKind.of(n.kind()).orElse(null);
            if (n.kind() != null && parsed == null) {
                problems.add(new FieldProblem("/institution/kind", "must be one of " + InstitutionKind.codes()));
            }
            fields = new InstitutionFields(n.name(), n.nameEn(), n.acronym(), parsed, n.parentId(), n.globalRef(),
                    n.iatiRef(), n.email());
        }
        if (!problems.isEmpty()) {
            throw ProblemException.validation(problems);
        }
        String by = SecurityContextHolder.getContext().getAuthentication() == null ? null
                : SecurityContextHolder.getContext().getAuthentication().getName();
        return ItemView.of(commands.decide(body.key(), action, body.institutionId(), kind, fields, by));
    }
}
