package org.ariadne.messaging;

import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoException;
import com.mongodb.MongoInterruptedException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;

/**
 * Tells a failure of the infrastructure a listener works with (its Mongo unreachable, timing out, electing a new
 * primary; its own outbox full because Kafka is away) from a failure of the record. An infrastructure failure says
 * nothing about the record: the record is retried until the infrastructure is back, however long that takes, and never
 * dead-lettered (a dead-lettered event would be missing from the read model until someone replays it).
 */
final class InfrastructureFailures {

    private InfrastructureFailures() {
    }

    static boolean isInfrastructure(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 16; depth++) {
            if (cause instanceof MongoSocketException
                    || cause instanceof MongoTimeoutException
                    || cause instanceof MongoNotPrimaryException
                    || cause instanceof MongoNodeIsRecoveringException
                    || cause instanceof MongoConnectionPoolClearedException
                    || cause instanceof MongoInterruptedException
                    || cause instanceof OutboxFullException
                    || cause instanceof MongoException mongo && (mongo.hasErrorLabel(MongoException.TRANSIENT_TRANSACTION_ERROR_LABEL)
                            || mongo.hasErrorLabel("RetryableWriteError"))) {
                return true;
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return false;
    }

    /** The innermost cause, as a log line can show it. */
    static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
