package org.ariadne.webapp.funding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ariadne.webapp.api.Json;

/**
 * What the funding pages decide themselves, apart from the API's figures: which currencies the switch offers, and
 * which activities carry amounts the plan only restates (shown apart, never added to anything).
 */
public final class FundingFigures {

    /** BAM is pegged to the euro: both convert without a reference rate, so the switch always offers them. */
    static final List<String> ALWAYS_CONVERTIBLE = List.of("BAM", "EUR");

    private FundingFigures() {
    }

    /** The tenant's reporting currency first, then BAM and EUR. */
    public static List<String> currencies(String tenantCurrency) {
        Set<String> offered = new LinkedHashSet<>();
        if (tenantCurrency != null && tenantCurrency.matches("[A-Z]{3}")) {
            offered.add(tenantCurrency);
        }
        offered.addAll(ALWAYS_CONVERTIBLE);
        return new ArrayList<>(offered);
    }

    /** The currency asked for when the switch offers it; otherwise null (the API then uses the reporting currency). */
    public static String chosen(String requested, String tenantCurrency) {
        if (requested == null) {
            return null;
        }
        String code = requested.strip().toUpperCase(Locale.ROOT);
        return currencies(tenantCurrency).contains(code) ? code : null;
    }

    /** The activities (of {@code GET /funding/activities}) whose plan text restates amounts, in plan order. */
    public static List<Map<String, Object>> withRestatedAmounts(Map<String, Object> activities) {
        return Json.list(activities, "items").stream().filter(a -> !Json.list(a, "restatedAmounts").isEmpty()).toList();
    }
}
