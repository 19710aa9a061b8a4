package org.ariadne.identity.checklist;

import java.time.Instant;
import java.util.List;

/**
 * A new jurisdiction's first steps, as the services' events tell them: a plan imported (or created), its institutions
 * resolved against the partners registry, a first reporting round opened, funding entered. Each item is {@code done}
 * (with when), {@code open}, or {@code not-available} when the service that would tell is not part of this platform
 * yet.
 */
public record Checklist(String tenant, List<Item> items, boolean complete) {

    public static final String DONE = "done";
    public static final String OPEN = "open";
    public static final String NOT_AVAILABLE = "not-available";

    public record Item(String key, String title, String state, Instant doneAt, String source) {
    }
}
