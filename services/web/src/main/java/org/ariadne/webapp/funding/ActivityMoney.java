package org.ariadne.webapp.funding;

import java.util.Map;
import org.ariadne.webapp.api.ApiProblemException;
import org.ariadne.webapp.api.PlatformApi;
import org.ariadne.webapp.shell.Notice;

/**
 * The funding section of an activity's page: the activity's money as the funding service answers it ({@code money}
 * null when no line serves it), or the text key of why it cannot be shown right now ({@code problemKey}). The rest
 * of the activity page stays readable when the funding service does not answer.
 */
public record ActivityMoney(Map<String, Object> money, String problemKey) {

    public static ActivityMoney read(PlatformApi api, String tenant, String planId, String activityId) {
        try {
            return new ActivityMoney(api.get("/api/t/{tenant}/funding/plans/{planId}/activities/{activityId}", tenant, planId,
                    activityId), null);
        } catch (ApiProblemException e) {
            if (e.status() == 404) {
                return new ActivityMoney(null, null);
            }
            return new ActivityMoney(null, Notice.messageKey(e.slug()));
        }
    }
}
