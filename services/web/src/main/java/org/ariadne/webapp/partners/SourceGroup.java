package org.ariadne.webapp.partners;

import java.util.List;
import java.util.Map;

/**
 * A report whose recommendations the tenant tracks (GRETA, TIP, EU; {@code source} null when the service no longer
 * lists it) with its recommendations in report order.
 */
public record SourceGroup(Map<String, Object> source, List<Map<String, Object>> recommendations) {
}
