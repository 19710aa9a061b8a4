package org.ariadne.plans.plan.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ariadne.plans.plan.ActivityDetails;
import org.ariadne.plans.plan.ActivityDetails.FundingReference;
import org.ariadne.plans.plan.ActivityDetails.Indicator;
import org.ariadne.plans.plan.ActivityDetails.Provenance;
import org.ariadne.plans.plan.PlanMetadata;
import org.ariadne.plans.plan.AddActivity;
import org.ariadne.plans.plan.AddNode;
import org.ariadne.plans.plan.ChangeActivity;
import org.ariadne.plans.plan.ChangeNode;
import org.ariadne.plans.plan.ChangePlan;
import org.ariadne.plans.plan.CreatePlan;
import org.ariadne.plans.plan.Patch;
import org.ariadne.web.validation.IsoDate;

/**
 * Request bodies of the plans API. Creation bodies are records; PATCH bodies are classes that remember which fields
 * were present, because a present {@code null} means something (clear the field, or move to the top level) while an
 * absent field means "keep".
 */
final class PlanRequests {

    private PlanRequests() {
    }

    private static final String NOT_BLANK = "(?s).*\\S.*";

    static final String DECIMAL = "-?\\d{1,15}(\\.\\d{1,6})?";
    static final String CURRENCY = "[A-Z]{3}";

    record CreatePlanRequest(
            @NotBlank @Size(max = 300) String title,
            @NotNull @Size(min = 1, max = 8) List<@NotBlank @Size(max = 80) String> levelNames,
            @IsoDate String periodFrom,
            @IsoDate String periodTo,
            @Size(max = 500) String legalAct,
            @IsoDate String adoptionDate,
            @Size(max = 100) String strategyId) {

        CreatePlan toCommand() {
            return new CreatePlan(title, levelNames,
                    new PlanMetadata(periodFrom, periodTo, legalAct, adoptionDate, strategyId).requireValidPeriod());
        }
    }

    /** Adoption of the current version: the legal act as cited and its date. */
    record AdoptPlanRequest(
            @NotBlank @Size(max = 500) String legalAct,
            @NotBlank @IsoDate String adoptionDate) {
    }

    /** An indicator: text as printed; type count, deliverable, amount or text; yearly targets by year. */
    record IndicatorRequest(
            @NotBlank @Size(max = 2000) String text,
            @Pattern(regexp = "count|deliverable|amount|text", message = "must be count, deliverable, amount or text") String type,
            @Size(max = 80) String unit,
            @Size(max = 200) String baseline,
            @Size(max = 20) Map<@Pattern(regexp = "\\d{4}", message = "must be a year") String, @Size(max = 200) String> targets,
            @Size(max = 30) List<@NotBlank @Size(max = 1000) String> meansOfVerification,
            @Size(max = 500) String disaggregation) {

        Indicator toIndicator() {
            return new Indicator(text, type == null ? "text" : type, unit, baseline, targets, meansOfVerification,
                    disaggregation);
        }
    }

    /** A funding reference: amount as a decimal string with its ISO 4217 currency. */
    record FundingRequest(
            @Size(max = 80) String sourceKind,
            @Size(max = 500) String label,
            @Size(max = 300) String holder,
            @Pattern(regexp = DECIMAL, message = "must be a decimal number as a string (\"10000.50\")") String amount,
            @Pattern(regexp = CURRENCY, message = "must be an ISO 4217 code (BAM, EUR)") String currency,
            @Min(1900) @Max(2200) Integer year) {

        FundingReference toReference() {
            return new FundingReference(sourceKind, label, holder, amount, currency, year);
        }
    }

    record ProvenanceRequest(@Size(max = 300) String sourceFile, @Size(max = 100) String lines, Integer seq) {
        Provenance toProvenance() {
            return new Provenance(sourceFile, lines, seq);
        }
    }

    private static <T, R> List<R> map(List<T> values, java.util.function.Function<T, R> f) {
        return values == null ? null : values.stream().map(f).toList();
    }

    record AddNodeRequest(
            @Size(max = 100) String parentId,
            @Size(max = 40) String code,
            @NotBlank @Size(max = 500) String title) {

        AddNode toCommand() {
            return new AddNode(parentId, code, title);
        }
    }

    record AddActivityRequest(
            @NotBlank @Size(max = 100) String nodeId,
            @Size(max = 40) String code,
            @NotBlank @Size(max = 2000) String title,
            @Size(max = 200) String deadline,
            @Size(max = 30) List<@NotBlank @Size(max = 300) String> leadInstitutions,
            @Size(max = 20000) String description,
            @Size(max = 50) List<@NotBlank @Size(max = 4000) String> goals,
            @Size(max = 4000) String expectedResults,
            @Size(max = 50) List<@NotBlank @Size(max = 300) String> partnerInstitutions,
            @Size(max = 50) List<@NotBlank @Size(max = 300) String> implementers,
            @Size(max = 50) List<@NotBlank @Size(max = 300) String> funders,
            @Size(max = 100) Map<@NotBlank @Size(max = 300) String, @NotBlank @Size(max = 100) String> institutionIds,
            @Size(max = 50) List<@NotNull @Valid IndicatorRequest> indicators,
            @Size(max = 50) List<@NotBlank @Size(max = 1000) String> meansOfVerification,
            @Size(max = 50) List<@NotBlank @Size(max = 1000) String> quantitativeTargets,
            @Size(max = 4000) String resources,
            @Size(max = 50) List<@NotNull @Valid FundingRequest> funding,
            @Size(max = 50) List<@NotBlank @Size(max = 500) String> frameworkRefs,
            @Valid ProvenanceRequest provenance) {

        AddActivity toCommand() {
            ActivityDetails details = new ActivityDetails(description, goals, expectedResults, partnerInstitutions,
                    implementers, funders, institutionIds, map(indicators, IndicatorRequest::toIndicator),
                    meansOfVerification, quantitativeTargets, resources, map(funding, FundingRequest::toReference),
                    frameworkRefs, null, provenance == null ? null : provenance.toProvenance(), null);
            return new AddActivity(nodeId, code, title, deadline, leadInstitutions == null ? List.of() : leadInstitutions,
                    details);
        }
    }

    /** Fields remember whether they were sent. */
    abstract static class PartialRequest {
        private final Set<String> present = new HashSet<>();

        final <T> Patch<T> patch(String field, T value) {
            return present.contains(field) ? Patch.of(value) : Patch.absent();
        }

        final void sent(String field) {
            present.add(field);
        }
    }

    /** The plan's own fields; {@code null} clears the period or the strategy. */
    static final class ChangePlanRequest extends PartialRequest {
        @Size(max = 300)
        @Pattern(regexp = NOT_BLANK, message = "must not be blank")
        private String title;
        @Size(max = 8)
        private List<@NotBlank @Size(max = 80) String> levelNames;
        @IsoDate
        private String periodFrom;
        @IsoDate
        private String periodTo;
        @Size(max = 100)
        private String strategyId;

        public String getTitle() { return title; }
        public List<String> getLevelNames() { return levelNames; }
        public String getPeriodFrom() { return periodFrom; }
        public String getPeriodTo() { return periodTo; }
        public String getStrategyId() { return strategyId; }

        public void setTitle(String title) { this.title = title; sent("title"); }
        public void setLevelNames(List<String> levelNames) { this.levelNames = levelNames; sent("levelNames"); }
        public void setPeriodFrom(String periodFrom) { this.periodFrom = periodFrom; sent("periodFrom"); }
        public void setPeriodTo(String periodTo) { this.periodTo = periodTo; sent("periodTo"); }
        public void setStrategyId(String strategyId) { this.strategyId = strategyId; sent("strategyId"); }

        ChangePlan toCommand() {
            return new ChangePlan(patch("title", title), patch("levelNames", levelNames), patch("periodFrom", periodFrom),
                    patch("periodTo", periodTo), patch("strategyId", strategyId));
        }
    }

    /** {@code parentId}: another node's id moves the node under it; {@code ""} or {@code null} moves it to the top. */
    static final class ChangeNodeRequest extends PartialRequest {
        @Size(max = 40)
        private String code;
        @Size(max = 500)
        @Pattern(regexp = NOT_BLANK, message = "must not be blank")
        private String title;
        @Size(max = 100)
        private String parentId;

        public String getCode() { return code; }
        public String getTitle() { return title; }
        public String getParentId() { return parentId; }

        public void setCode(String code) { this.code = code; sent("code"); }
        public void setTitle(String title) { this.title = title; sent("title"); }
        public void setParentId(String parentId) { this.parentId = parentId; sent("parentId"); }

        ChangeNode toCommand() {
            return new ChangeNode(patch("code", code), patch("title", title), patch("parentId", parentId));
        }
    }

    /** Any field of an activity; a new {@code nodeId} moves it; {@code null} clears code, deadline or institutions. */
    static final class ChangeActivityRequest extends PartialRequest {
        @Size(max = 100)
        private String nodeId;
        @Size(max = 40)
        private String code;
        @Size(max = 2000)
        @Pattern(regexp = NOT_BLANK, message = "must not be blank")
        private String title;
        @Size(max = 200)
        private String deadline;
        @Size(max = 30)
        private List<@NotBlank @Size(max = 300) String> leadInstitutions;

        public String getNodeId() { return nodeId; }
        public String getCode() { return code; }
        public String getTitle() { return title; }
        public String getDeadline() { return deadline; }
        public List<String> getLeadInstitutions() { return leadInstitutions; }

        public void setNodeId(String nodeId) { this.nodeId = nodeId; sent("nodeId"); }
        public void setCode(String code) { this.code = code; sent("code"); }
        public void setTitle(String title) { this.title = title; sent("title"); }
        public void setDeadline(String deadline) { this.deadline = deadline; sent("deadline"); }
        public void setLeadInstitutions(List<String> leadInstitutions) {
            this.leadInstitutions = leadInstitutions;
            sent("leadInstitutions");
        }

        @Size(max = 20000) private String description;
        @Size(max = 50) private List<@NotBlank @Size(max = 4000) String> goals;
        @Size(max = 4000) private String expectedResults;
        @Size(max = 50) private List<@NotBlank @Size(max = 300) String> partnerInstitutions;
        @Size(max = 50) private List<@NotBlank @Size(max = 300) String> implementers;
        @Size(max = 50) private List<@NotBlank @Size(max = 300) String> funders;
        @Size(max = 100) private Map<@NotBlank @Size(max = 300) String, @NotBlank @Size(max = 100) String> institutionIds;
        @Size(max = 50) private List<@NotNull @Valid IndicatorRequest> indicators;
        @Size(max = 50) private List<@NotBlank @Size(max = 1000) String> meansOfVerification;
        @Size(max = 50) private List<@NotBlank @Size(max = 1000) String> quantitativeTargets;
        @Size(max = 4000) private String resources;
        @Size(max = 50) private List<@NotNull @Valid FundingRequest> funding;
        @Size(max = 50) private List<@NotBlank @Size(max = 500) String> frameworkRefs;

        public String getDescription() { return description; }
        public List<String> getGoals() { return goals; }
        public String getExpectedResults() { return expectedResults; }
        public List<String> getPartnerInstitutions() { return partnerInstitutions; }
        public List<String> getImplementers() { return implementers; }
        public List<String> getFunders() { return funders; }
        public Map<String, String> getInstitutionIds() { return institutionIds; }
        public List<IndicatorRequest> getIndicators() { return indicators; }
        public List<String> getMeansOfVerification() { return meansOfVerification; }
        public List<String> getQuantitativeTargets() { return quantitativeTargets; }
        public String getResources() { return resources; }
        public List<FundingRequest> getFunding() { return funding; }
        public List<String> getFrameworkRefs() { return frameworkRefs; }

        public void setDescription(String v) { description = v; sent("description"); }
        public void setGoals(List<String> v) { goals = v; sent("goals"); }
        public void setExpectedResults(String v) { expectedResults = v; sent("expectedResults"); }
        public void setPartnerInstitutions(List<String> v) { partnerInstitutions = v; sent("partnerInstitutions"); }
        public void setImplementers(List<String> v) { implementers = v; sent("implementers"); }
        public void setFunders(List<String> v) { funders = v; sent("funders"); }
        public void setInstitutionIds(Map<String, String> v) { institutionIds = v; sent("institutionIds"); }
        public void setIndicators(List<IndicatorRequest> v) { indicators = v; sent("indicators"); }
        public void setMeansOfVerification(List<String> v) { meansOfVerification = v; sent("meansOfVerification"); }
        public void setQuantitativeTargets(List<String> v) { quantitativeTargets = v; sent("quantitativeTargets"); }
        public void setResources(String v) { resources = v; sent("resources"); }
        public void setFunding(List<FundingRequest> v) { funding = v; sent("funding"); }
        public void setFrameworkRefs(List<String> v) { frameworkRefs = v; sent("frameworkRefs"); }

        ChangeActivity toCommand() {
            return new ChangeActivity(patch("nodeId", nodeId), patch("code", code), patch("title", title),
                    patch("deadline", deadline), patch("leadInstitutions", leadInstitutions), this::applyDetails);
        }

        /** The sent detail fields replace the current ones; a sent null clears a field. */
        private ActivityDetails applyDetails(ActivityDetails current) {
            ActivityDetails.Builder b = current.toBuilder();
            b.description = patch("description", description).orElse(b.description);
            b.goals = patch("goals", goals).orElse(b.goals);
            b.expectedResults = patch("expectedResults", expectedResults).orElse(b.expectedResults);
            b.partnerInstitutions = patch("partnerInstitutions", partnerInstitutions).orElse(b.partnerInstitutions);
            b.implementers = patch("implementers", implementers).orElse(b.implementers);
            b.funders = patch("funders", funders).orElse(b.funders);
            b.institutionIds = patch("institutionIds", institutionIds).orElse(b.institutionIds);
            b.indicators = patch("indicators", map(indicators, IndicatorRequest::toIndicator)).orElse(b.indicators);
            b.meansOfVerification = patch("meansOfVerification", meansOfVerification).orElse(b.meansOfVerification);
            b.quantitativeTargets = patch("quantitativeTargets", quantitativeTargets).orElse(b.quantitativeTargets);
            b.resources = patch("resources", resources).orElse(b.resources);
            b.funding = patch("funding", map(funding, FundingRequest::toReference)).orElse(b.funding);
            b.frameworkRefs = patch("frameworkRefs", frameworkRefs).orElse(b.frameworkRefs);
            return b.build();
        }
    }
}
