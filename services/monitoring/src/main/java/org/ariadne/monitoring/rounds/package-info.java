/**
 * Reporting rounds: per plan, a round (semi-annual, annual or a multi-year final one) asks every responsible
 * institution for a contribution on the activities it leads or partners, as the plan stood when the round opened.
 * {@link org.ariadne.monitoring.rounds.Round} and {@link org.ariadne.monitoring.rounds.Contribution} are immutable
 * aggregates whose transitions are pure (new state and events); {@link org.ariadne.monitoring.rounds.RoundCommands}
 * stores them through the {@link org.ariadne.monitoring.rounds.RoundRepository} port, one atomic write each.
 * Contributions move requested → draft → submitted → returned → accepted with an audit trail; accepted activity
 * reports roll up per tree level under the tenant's reporting settings ({@link org.ariadne.monitoring.rounds.RollUps});
 * a frozen round is an immutable snapshot.
 */
package org.ariadne.monitoring.rounds;
