package org.ariadne.plans.strategy;

import java.time.Instant;

/**
 * A strategy that action plans implement (e.g. the BiH anti-trafficking strategy 2020–2023, under which the state
 * and each canton adopt their own plan). For now a strategy belongs to one tenant; sharing one strategy across the
 * tenants of a country needs a platform-level registry and comes later.
 */
public record Strategy(String id, String title, String periodFrom, String periodTo, String description,
        Instant createdAt) {
}
