package org.ariadne.partners.resolution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ariadne.contracts.DomainEvent;
import org.ariadne.contracts.partners.v1.ActivityInstitutionsResolved;
import org.ariadne.partners.institution.NameMatch;
import org.ariadne.partners.institution.NameMatcher;

/**
 * How the institution names one plan activity prints were read. The reading is recomputed whenever the names or the
 * aliases change; it is published only when what it resolves differs from the last one published ({@link
 * #resolvesDifferentlyFrom}), so a reading that plans writes back into the activity (its {@code institutionIds}) does
 * not start a loop, and a new activity whose names resolve nothing costs the consumers nothing.
 *
 * @param planVersion the plan's aggregate version the names came from (older events are ignored)
 */
public record ActivityReading(String activityId, String planId, String code, List<ReadName> names, long planVersion) {

    public ActivityReading {
        names = List.copyOf(names);
    }

    /** A printed name, where the activity prints it, and its parts. */
    public record ReadName(NameRole role, String printed, List<NameMatch.Part> parts) {

        public ReadName {
            parts = List.copyOf(parts);
        }
    }

    /** The names of an activity as printed, by role. */
    public record PrintedNames(List<String> lead, List<String> partners, List<String> funders) {

        public PrintedNames {
            lead = clean(lead);
            partners = clean(partners);
            funders = clean(funders);
        }

        private static List<String> clean(List<String> names) {
            List<String> cleaned = new ArrayList<>();
            if (names != null) {
                names.stream().filter(n -> n != null && !n.isBlank()).map(String::strip).distinct().forEach(cleaned::add);
            }
            return cleaned;
        }
    }

    public static ActivityReading read(String activityId, String planId, String code, PrintedNames printed,
            long planVersion, NameMatcher matcher) {
        List<ReadName> names = new ArrayList<>();
        printed.lead().forEach(n -> names.add(new ReadName(NameRole.LEAD, n, matcher.match(n).parts())));
        printed.partners().forEach(n -> names.add(new ReadName(NameRole.PARTNER, n, matcher.match(n).parts())));
        printed.funders().forEach(n -> names.add(new ReadName(NameRole.FUNDER, n, matcher.match(n).parts())));
        return new ActivityReading(activityId, planId, code, names, planVersion);
    }

    public PrintedNames printedNames() {
        return new PrintedNames(printed(NameRole.LEAD), printed(NameRole.PARTNER), printed(NameRole.FUNDER));
    }

    private List<String> printed(NameRole role) {
        return names.stream().filter(n -> n.role() == role).map(ReadName::printed).toList();
    }

    /** Re-reads the same names against the current aliases. */
    public ActivityReading reread(NameMatcher matcher) {
        return read(activityId, planId, code, printedNames(), planVersion, matcher);
    }

    /** The parts still waiting for review, with where they are printed. */
    public List<Occurrence> unresolved() {
        List<Occurrence> open = new ArrayList<>();
        for (ReadName name : names) {
            for (NameMatch.Part part : name.parts()) {
                if (part.outcome() == NameMatch.Outcome.UNRESOLVED) {
                    open.add(new Occurrence(planId, activityId, code, name.role(), name.printed(), part));
                }
            }
        }
        return open;
    }

    /** One unresolved part and where it is printed. */
    public record Occurrence(String planId, String activityId, String code, NameRole role, String printed,
            NameMatch.Part part) {
    }

    /** Printed part → institution id for every resolved part: what plans keeps as the activity's institutionIds. */
    public Map<String, String> institutionIds() {
        Map<String, String> ids = new LinkedHashMap<>();
        for (ReadName name : names) {
            for (NameMatch.Part part : name.parts()) {
                if (part.outcome() == NameMatch.Outcome.RESOLVED) {
                    ids.putIfAbsent(part.text(), part.institutionId());
                }
            }
        }
        return ids;
    }

    /** True when the reading differs at all (the parts' texts, outcomes and institutions): it is stored again. */
    public boolean readsDifferentlyFrom(ActivityReading other) {
        return other == null || !event("-", this).equals(event("-", other));
    }

    /**
     * True when the consumers of the published reading would see something new compared with {@code previous} (null:
     * no reading yet): they use only the parts resolved to an institution (plans' institutionIds, monitoring's
     * contributions per institution, funding's spellings), so a reading that resolves nothing tells them nothing
     * unless it replaces one that did. Whether names wait for review is the review queue's event.
     */
    public boolean resolvesDifferentlyFrom(ActivityReading previous) {
        return !resolvedParts().equals(previous == null ? List.of() : previous.resolvedParts());
    }

    /** Each name with a resolved part: its role, text, number of parts and the resolved parts. */
    private List<List<Object>> resolvedParts() {
        List<List<Object>> resolved = new ArrayList<>();
        for (ReadName name : names) {
            List<Object> parts = new ArrayList<>();
            for (NameMatch.Part part : name.parts()) {
                if (part.outcome() == NameMatch.Outcome.RESOLVED) {
                    parts.add(List.of(part.text(), String.valueOf(part.institutionId()), String.valueOf(part.institutionName()),
                            String.valueOf(part.global())));
                }
            }
            if (!parts.isEmpty()) {
                resolved.add(List.of(name.role(), name.printed(), name.parts().size(), parts));
            }
        }
        return resolved;
    }

    public DomainEvent event(String tenantId) {
        return event(tenantId, this);
    }

    private static ActivityInstitutionsResolved event(String tenantId, ActivityReading reading) {
        List<ActivityInstitutionsResolved.ResolvedName> names = new ArrayList<>();
        for (ReadName name : reading.names()) {
            List<ActivityInstitutionsResolved.ResolvedPart> parts = new ArrayList<>();
            for (NameMatch.Part part : name.parts()) {
                boolean resolved = part.outcome() == NameMatch.Outcome.RESOLVED;
                parts.add(new ActivityInstitutionsResolved.ResolvedPart(part.text(), outcome(part.outcome()),
                        resolved ? part.institutionId() : null, resolved ? part.institutionName() : null,
                        resolved ? part.global() : null));
            }
            names.add(new ActivityInstitutionsResolved.ResolvedName(name.role().code(), name.printed(), parts));
        }
        return new ActivityInstitutionsResolved(tenantId, reading.planId(), reading.activityId(), reading.code(), names);
    }

    static String outcome(NameMatch.Outcome outcome) {
        return switch (outcome) {
            case RESOLVED -> "resolved";
            case GENERIC -> "generic";
            case UNRESOLVED -> "review";
        };
    }
}
