package org.ariadne.plans.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a plan prints about an activity beyond code, title, deadline and lead institutions. Texts are kept as
 * printed; lists are never null. {@code institutionIds} links a printed institution name (lead or partner) to an
 * institution id where it is known. {@code responsibilities} holds the SI plan's responsibility blocks (a task printed
 * with several "Cilj" blocks, each with its own institutions and goals); other plans leave it empty. {@code extra}
 * keeps every further column of an import by its header, as printed: nothing an import reads is ever dropped.
 */
public record ActivityDetails(
        String description,
        List<String> goals,
        String expectedResults,
        List<String> partnerInstitutions,
        List<String> implementers,
        List<String> funders,
        Map<String, String> institutionIds,
        List<Indicator> indicators,
        List<String> meansOfVerification,
        List<String> quantitativeTargets,
        String resources,
        List<FundingReference> funding,
        List<String> frameworkRefs,
        List<Responsibility> responsibilities,
        Provenance provenance,
        Map<String, String> extra) {

    public static final ActivityDetails EMPTY = new ActivityDetails(null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null);

    public ActivityDetails {
        goals = list(goals);
        partnerInstitutions = list(partnerInstitutions);
        implementers = list(implementers);
        funders = list(funders);
        institutionIds = institutionIds == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(institutionIds));
        indicators = list(indicators);
        meansOfVerification = list(meansOfVerification);
        quantitativeTargets = list(quantitativeTargets);
        funding = list(funding);
        frameworkRefs = list(frameworkRefs);
        responsibilities = list(responsibilities);
        extra = extra == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.description = description;
        b.goals = goals;
        b.expectedResults = expectedResults;
        b.partnerInstitutions = partnerInstitutions;
        b.implementers = implementers;
        b.funders = funders;
        b.institutionIds = institutionIds;
        b.indicators = indicators;
        b.meansOfVerification = meansOfVerification;
        b.quantitativeTargets = quantitativeTargets;
        b.resources = resources;
        b.funding = funding;
        b.frameworkRefs = frameworkRefs;
        b.responsibilities = responsibilities;
        b.provenance = provenance;
        b.extra = extra;
        return b;
    }

    /** For partial changes: copy, set what changed, build. */
    public static final class Builder {
        public String description;
        public List<String> goals;
        public String expectedResults;
        public List<String> partnerInstitutions;
        public List<String> implementers;
        public List<String> funders;
        public Map<String, String> institutionIds;
        public List<Indicator> indicators;
        public List<String> meansOfVerification;
        public List<String> quantitativeTargets;
        public String resources;
        public List<FundingReference> funding;
        public List<String> frameworkRefs;
        public List<Responsibility> responsibilities;
        public Provenance provenance;
        public Map<String, String> extra;

        public ActivityDetails build() {
            return new ActivityDetails(description, goals, expectedResults, partnerInstitutions, implementers, funders,
                    institutionIds, indicators, meansOfVerification, quantitativeTargets, resources, funding,
                    frameworkRefs, responsibilities, provenance, extra);
        }
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(values));
    }

    /**
     * An indicator: its text as printed and, where the plan gives them, what it measures.
     *
     * @param type    count, deliverable, amount or text
     * @param targets yearly targets by year ("2023" → "2")
     */
    public record Indicator(String text, String type, String unit, String baseline, Map<String, String> targets,
            List<String> meansOfVerification, String disaggregation) {

        public static final List<String> TYPES = List.of("count", "deliverable", "amount", "text");

        public Indicator {
            targets = targets == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(targets));
            meansOfVerification = list(meansOfVerification);
        }

        public static Indicator text(String text) {
            return new Indicator(text, "text", null, null, null, null, null);
        }
    }

    /**
     * A structured reading of the resources cell: where the money comes from. The budget lines themselves belong to
     * the funding service. {@code amount} is a decimal string (never a float), {@code currency} ISO 4217.
     *
     * @param sourceKind regular_budget, state_budget, donations, project, … (as the reading classified it)
     * @param holder     the budget holder or donor, as printed
     */
    public record FundingReference(String sourceKind, String label, String holder, String amount, String currency,
            Integer year) {
    }

    /**
     * One responsibility block of a task (SI): its code as printed ("1.3.2/Cilj 1"), institutions, goals, deadline,
     * targets, resources and the block's further columns as printed.
     */
    public record Responsibility(String code, String deadline, List<String> leadInstitutions,
            List<String> partnerInstitutions, List<String> implementers, List<String> funders, List<String> goals,
            List<String> quantitativeTargets, String resources, List<String> indicators,
            List<String> meansOfVerification, List<String> frameworkRefs, Map<String, String> extra) {

        public Responsibility {
            indicators = list(indicators);
            meansOfVerification = list(meansOfVerification);
            frameworkRefs = list(frameworkRefs);
            extra = extra == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extra));
            leadInstitutions = list(leadInstitutions);
            partnerInstitutions = list(partnerInstitutions);
            implementers = list(implementers);
            funders = list(funders);
            goals = list(goals);
            quantitativeTargets = list(quantitativeTargets);
        }
    }

    /** Where the activity came from: the source file, the lines in it and the position in the document. */
    public record Provenance(String sourceFile, String lines, Integer seq) {
    }
}
