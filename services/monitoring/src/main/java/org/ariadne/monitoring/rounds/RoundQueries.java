package org.ariadne.monitoring.rounds;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ariadne.web.ProblemException;
import org.springframework.stereotype.Service;

/** The read side of rounds for the tenant in context (the API, reports, dashboards, reminders). */
@Service
public class RoundQueries {

    private final RoundRepository rounds;

    public RoundQueries(RoundRepository rounds) {
        this.rounds = rounds;
    }

    /** The round; 404 not-found when the tenant has no such round. */
    public Round round(String roundId) {
        return rounds.findRound(roundId).orElseThrow(() -> ProblemException.notFound("Round " + roundId));
    }

    public List<Round> roundsOf(String planId) {
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
        round(roundId);
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
        // The last accepted contribution wins where several institutions report one activity.
        Map<String, ActivityReport> reports = new LinkedHashMap<>();
        for (Contribution c : rounds.acceptedContributionsOf(round.roundId())) {
            c.reports().forEach(r -> reports.put(r.activityId(), r));
        }
        return round.data(reports, rounds.evidenceOf(round.roundId()));
    }

    /** The roll-up: the frozen snapshot's for a frozen round, else computed now. */
    public RollUp rollUp(String roundId) {
        Round round = round(roundId);
        if (round.snapshot() != null && round.snapshot().rollUp() != null) {
            return round.snapshot().rollUp();
        }
        return RollUps.compute(data(round), settings());
    }

    public ReportingSettings settings() {
        return rounds.settings();
    }
}
