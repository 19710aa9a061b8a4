package org.ariadne.monitoring.rounds;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ariadne.web.ProblemException;
import org.springframework.stereotype.Service;

/**
 * The read side of rounds for the tenant in context (the API, reports, dashboards, reminders). A read that needs a
 * round's state or its own fields reads its summary; only what works on its activities and reports reads the round.
 */
@Service
public class RoundQueries {

    private final RoundRepository rounds;

    public RoundQueries(RoundRepository rounds) {
        this.rounds = rounds;
    }

    /** The round with its copy of the plan (and snapshot when frozen); 404 not-found when the tenant has no such round. */
    public Round round(String roundId) {
        return rounds.findRound(roundId).orElseThrow(() -> ProblemException.notFound("Round " + roundId));
    }

    /** The round without its copy of the plan and its snapshot; 404 not-found when the tenant has no such round. */
    public RoundSummary summary(String roundId) {
        return rounds.findRoundSummary(roundId).orElseThrow(() -> ProblemException.notFound("Round " + roundId));
    }

    /** Whether the tenant has a round with this id. */
    public boolean exists(String roundId) {
        return rounds.findRoundSummary(roundId).isPresent();
    }

    public List<RoundSummary> roundsOf(String planId) {
        return rounds.roundsOf(planId);
    }

    public List<Round> openRounds() {
        return rounds.openRounds();
    }

    public Contribution contribution(String contributionId) {
        return rounds.findContribution(contributionId)
                .orElseThrow(() -> ProblemException.notFound("Contribution " + contributionId));
    }

    /** The round's contributions by institution; 404 for an unknown round. */
    public List<Contribution> contributionsOf(String roundId) {
        summary(roundId);
        return rounds.contributionsOf(roundId);
    }

    /** The round's data: its snapshot when frozen, else the accepted contributions' reports and the evidence now. */
    public RoundData data(String roundId) {
        return data(round(roundId));
    }

    RoundData data(Round round) {
        if (round.snapshot() != null) {
            return round.data(Map.of(), List.of());
        }
        return data(round, rounds.acceptedContributionsOf(round.roundId()));
    }

    /** The round's live data from its accepted contributions, oldest acceptance first. */
    private RoundData data(Round round, List<Contribution> accepted) {
        // The last accepted contribution wins where several institutions report one activity.
        Map<String, ActivityReport> reports = new LinkedHashMap<>();
        for (Contribution c : accepted) {
            c.reports().forEach(r -> reports.put(r.activityId(), r));
        }
        return round.data(reports, rounds.evidenceOf(round.roundId()));
    }

    /** The round's data and all its contributions (by institution), the contributions read once: the dashboard. */
    public record Progress(RoundData data, List<Contribution> contributions) {
    }

    public Progress progress(String roundId) {
        Round round = round(roundId);
        List<Contribution> all = rounds.contributionsOf(roundId);
        if (round.snapshot() != null) {
            return new Progress(round.data(Map.of(), List.of()), all);
        }
        List<Contribution> accepted = all.stream().filter(c -> c.state() == ContributionState.ACCEPTED)
                .sorted(Comparator.comparing(Contribution::acceptedAt, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        return new Progress(data(round, accepted), all);
    }

    /** The roll-up: the frozen snapshot's for a frozen round (read alone), else computed now. */
    public RollUp rollUp(String roundId) {
        return rounds.frozenRollUp(roundId).orElseGet(() -> RollUps.compute(data(round(roundId)), settings()));
    }

    /** Everything a report of the round is made of, the round read once. */
    public record Report(RoundData data, RollUp rollUp, ReportingSettings settings) {
    }

    public Report report(String roundId) {
        Round round = round(roundId);
        RoundData data = data(round);
        ReportingSettings settings = settings();
        RollUp rollUp = round.snapshot() != null && round.snapshot().rollUp() != null ? round.snapshot().rollUp()
                : RollUps.compute(data, settings);
        return new Report(data, rollUp, settings);
    }

    public ReportingSettings settings() {
        return rounds.settings();
    }
}
