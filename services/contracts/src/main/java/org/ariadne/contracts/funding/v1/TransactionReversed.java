package org.ariadne.contracts.funding.v1;

import org.ariadne.contracts.DomainEvent;

/**
 * A recorded transaction was reversed (entered twice, wrong amount, money returned): it stays in the history but no
 * total counts it any more. A correction is a reversal followed by a new transaction.
 */
public record TransactionReversed(String tenantId, String lineId, String transactionId, String reversedOn,
        String reason) implements DomainEvent {
}
