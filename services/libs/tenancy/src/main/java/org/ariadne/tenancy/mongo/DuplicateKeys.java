package org.ariadne.tenancy.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;

/**
 * The one way to tell "it is there already" from a failure: a write that collides with a unique key (an insert of an
 * id that exists, an upsert whose filter no longer matches) is a normal outcome for idempotent writes.
 */
public final class DuplicateKeys {

    private DuplicateKeys() {
    }

    /** Runs the write; returns false when it collided with an existing document's unique key, true when it was done. */
    public static boolean writeUnlessPresent(Runnable write) {
        try {
            write.run();
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }
}
