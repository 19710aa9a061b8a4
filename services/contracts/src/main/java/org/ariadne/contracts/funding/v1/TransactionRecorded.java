package org.ariadne.contracts.funding.v1;

import org.ariadne.contracts.DomainEvent;

/**
 * Money moved on a budget line. {@code type}: incoming_commitment, incoming_funds, commitment, disbursement or
 * expenditure. The amount (a plain decimal string, never negative) keeps its own {@code currency} and
 * {@code valueDate} (the date whose exchange rate converts it). Optional: provider, receiver, description, evidence.
 */
public record TransactionRecorded(String tenantId, String lineId, String transactionId, String type, String amount,
        String currency, String date, String valueDate, InstitutionRef provider, InstitutionRef receiver,
        String description, String evidence) implements DomainEvent {
}
