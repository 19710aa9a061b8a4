package org.ariadne.plans.importing;

import java.util.List;
import org.ariadne.plans.plan.Plan;
import org.ariadne.plans.plan.PlanMetadata;

/**
 * The plan's own fields an export carries besides its activities: title, level names and metadata. The JSON bundle
 * holds it as {@code plan}, the XLSX export as its "Plan" sheet; an import request gives the same fields as
 * parameters.
 */
public record PlanHeader(String title, List<String> levelNames, PlanMetadata metadata) {

    public static PlanHeader of(Plan plan) {
        return new PlanHeader(plan.title(), plan.levelNames(), plan.metadata());
    }

    /**
     * This header (what the import request gave) with what it leaves out taken from the file's header: a blank
     * title, no level names, or no metadata at all. The metadata is taken as a whole, so a period or an adoption
     * given in the request never mixes with one from the file.
     */
    public PlanHeader orFrom(PlanHeader file) {
        if (file == null) {
            return this;
        }
        return new PlanHeader(
                title == null || title.isBlank() ? file.title() : title,
                levelNames == null || levelNames.isEmpty() ? file.levelNames() : levelNames,
                metadata == null || metadata.equals(PlanMetadata.NONE) ? file.metadata() : metadata);
    }
}
