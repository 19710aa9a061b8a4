package org.ariadne.monitoring.rounds;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ariadne.contracts.DomainEvent;

/**
 * Rounds, contributions, evidence and reporting settings of the tenant in context. An aggregate's new state and its
 * events are always stored together, atomically, guarded by its version.
 */
public interface RoundRepository {

    /** Stores a new round with its events; 409 when a round with its id exists. */
    Round insertRound(Round round, List<? extends DomainEvent> events);

    Optional<Round> findRound(String roundId);

    /** The plan's rounds, oldest first. */
    List<Round> roundsOf(String planId);

    /** Every open round of the tenant. */
    List<Round> openRounds();

    /** Replaces {@code before} by {@code after} with the events, if the round is still at {@code before.version()}. */
    Optional<Round> updateRound(Round before, Changed<Round> after);

    /** Stores a new contribution with its events; 409 when one with its id exists (the round was opened before). */
    Contribution insertContribution(Contribution contribution, List<? extends DomainEvent> events);

    Optional<Contribution> findContribution(String contributionId);

    /** The round's contributions, by institution. */
    List<Contribution> contributionsOf(String roundId);

    /** The round's accepted contributions, oldest acceptance first (the last one wins where two report an activity). */
    List<Contribution> acceptedContributionsOf(String roundId);

    /**
     * Replaces {@code before} by {@code after} with the events, if the contribution is still at {@code before.version()}
     * and its round is not being frozen (409 then).
     */
    Optional<Contribution> updateContribution(Contribution before, Changed<Contribution> after);

    /**
     * Locks the round's contributions for a freeze: no change to them lands any more. A lock older than a couple of
     * minutes on a round still open was left by a freeze that died half-way, and no longer counts.
     */
    void lockContributions(String roundId, Instant since);

    void unlockContributions(String roundId);

    Evidence insertEvidence(String roundId, Evidence evidence);

    /** The round's evidence, in the order it was recorded. */
    List<Evidence> evidenceOf(String roundId);

    /** The tenant's reporting settings; the defaults until a coordinator saved some. */
    ReportingSettings settings();

    ReportingSettings saveSettings(ReportingSettings settings);

    /** Saves the settings only when the tenant has none yet; false when it had its own. */
    boolean saveSettingsIfNone(ReportingSettings settings);
}
