package org.ariadne.monitoring.rounds;

/**
 * The figures a printed report states for one node in its conclusion (kept as printed so the consistency check can
 * compare them with what the activities add up to). {@code label} is the node's name as the sentence prints it
 * (e.g. „Sistema podrške“, genitive); {@code percentage} exactly as printed without the % sign ("89,4").
 */
public record PrintedFigures(String nodeCode, String label, int planned, int implemented, int notStarted,
        String percentage) {
}
