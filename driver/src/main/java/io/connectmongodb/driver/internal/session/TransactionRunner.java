package io.connectmongodb.driver.internal.session;

import org.bson.BsonDocument;

/** What a session needs from the client to run transactions (implemented by the client's executor). */
public interface TransactionRunner {

    /**
     * Checks that the deployment can run transactions and returns its
     * {@code logicalSessionTimeoutMinutes}.
     *
     * @throws io.connectmongodb.driver.error.MongoTransactionNotSupportedException when it cannot
     */
    int requireTransactionSupport();

    /** Sends one {@code commitTransaction} or {@code abortTransaction} (already complete but for session fields). */
    BsonDocument runTransactionEnd(ClientSessionImpl session, BsonDocument command);
}
