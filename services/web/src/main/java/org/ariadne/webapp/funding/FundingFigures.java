package org.ariadne.webapp.funding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.ariadne.webapp.api.Json;

/**
 * What the funding pages decide themselves, apart from the API's figures: which currencies the switch offers, and
 * which activities carry amounts the plan only restates (shown apart, never added to anything).
 */
public final class FundingFigures {

    /** BAM is pegged to the euro: both convert without a reference rate, so the switch always offers them. */
    static final List<String> ALWAYS_CONVERTIBLE = List.of("BAM", "EUR");

    static final Pattern TENANT = Pattern.compile("[a-z]{2}(-[a-z0-9]{1,8})?");
    static final int MAX_INCLUDED = 20;

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

    /**
     * The tenants below to roll up with this one, as typed ("ba-04", several separated by commas or spaces), in order
     * and without repeats or the tenant itself; null when something typed is not a jurisdiction's code. Whether each is
     * really below and shares its figures is the funding service's answer.
     */
    public static List<String> tenantsBelow(String typed, String here) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        List<String> tenants = new ArrayList<>();
        for (String part : typed.strip().toLowerCase(Locale.ROOT).split("[,;\\s]+")) {
            if (!TENANT.matcher(part).matches()) {
                return null;
            }
            if (!part.equals(here) && !tenants.contains(part)) {
                tenants.add(part);
            }
        }
        return tenants.size() > MAX_INCLUDED ? null : tenants;
    }

    /** The activities (of {@code GET /funding/activities}) whose plan text restates amounts, in plan order. */
    public static List<Map<String, Object>> withRestatedAmounts(Map<String, Object> activities) {
        return Json.list(activities, "items").stream().filter(a -> !Json.list(a, "restatedAmounts").isEmpty()).toList();
    }
}
