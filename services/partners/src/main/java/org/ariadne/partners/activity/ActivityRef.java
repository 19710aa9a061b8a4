package org.ariadne.partners.activity;

/**
 * A plan activity a body's task or a recommendation is linked to: its id, its plan and its code as printed (kept so
 * that the link reads well even before the plan's events arrived, and after the activity is gone).
 */
public record ActivityRef(String activityId, String planId, String code) {
}
