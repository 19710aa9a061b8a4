package org.ariadne.funding.line;

/**
 * A plan activity a line is linked to: its tenant (the line's owner or a descendant of it), plan and id, and its code
 * as printed (for people and for IATI's other-identifier). Two refs are the same link when tenant, plan and activity
 * agree ({@link #key}).
 */
public record ActivityRef(String tenant, String planId, String activityId, String code) {

    public ActivityRef {
        if (tenant == null || planId == null || activityId == null) {
            throw new IllegalArgumentException("an activity is named by tenant, plan and activity id");
        }
    }

    public String key() {
        return tenant + "/" + planId + "/" + activityId;
    }

    public boolean sameActivity(ActivityRef other) {
        return key().equals(other.key());
    }
}
