package org.ariadne.funding.line;

import java.util.List;

/** A new line with its first allocations and links, written in one go (one document, its events with it). */
public record CreateLine(LineFields fields, Origin origin, String provenance, List<Allocation> allocations,
        List<ActivityLink> links) {

    public CreateLine {
        allocations = allocations == null ? List.of() : List.copyOf(allocations);
        links = links == null ? List.of() : List.copyOf(links);
    }
}
