package org.ariadne.monitoring.rounds;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;

/**
 * A number reported for an activity (e.g. "victims identified: 12 in 2023, BiH"). {@code value} travels as a decimal
 * string, never a binary float; {@code year} is as printed ("2023", "2021-2023", "each year"); {@code scope} names
 * the jurisdiction the number is about: a scope other than the tenant's own is shown but not counted as the tenant's.
 */
public record Figure(String label, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal value, String unit, String year, String scope) {
}
