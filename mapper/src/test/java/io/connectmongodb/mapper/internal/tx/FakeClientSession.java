package io.connectmongodb.mapper.internal.tx;

import io.connectmongodb.driver.ClientSession;
import io.connectmongodb.driver.ClientSessionOptions;
import io.connectmongodb.driver.TransactionBody;
import io.connectmongodb.driver.TransactionOptions;
import io.connectmongodb.driver.error.MongoTransactionNotSupportedException;

import java.util.ArrayList;
import java.util.List;

import org.bson.BsonDocument;
import org.bson.BsonTimestamp;

/**
 * A session that records its transaction calls. {@code withTransaction} starts, runs the body
 * and commits, aborting and rethrowing when the body throws (the driver's contract without the
 * retries); {@link #unsupported} makes {@code startTransaction} fail as on a standalone server.
 */
final class FakeClientSession implements ClientSession {
    final List<String> calls = new ArrayList<>();
    boolean unsupported;
    private boolean active;

    @Override
    public ClientSessionOptions getOptions() {
        throw new UnsupportedOperationException("not used by the mapper");
    }

    @Override
    public boolean isCausallyConsistent() {
        return true;
    }

    @Override
    public BsonDocument getSessionId() {
        return null;
    }

    @Override
    public BsonTimestamp getOperationTime() {
        return null;
    }

    @Override
    public void advanceOperationTime(BsonTimestamp operationTime) {
        calls.add("advanceOperationTime");
    }

    @Override
    public BsonDocument getClusterTime() {
        return null;
    }

    @Override
    public void advanceClusterTime(BsonDocument clusterTime) {
        calls.add("advanceClusterTime");
    }

    @Override
    public boolean hasActiveTransaction() {
        return active;
    }

    @Override
    public TransactionOptions getTransactionOptions() {
        return TransactionOptions.builder().build();
    }

    @Override
    public void startTransaction() {
        if (unsupported) {
            throw new MongoTransactionNotSupportedException("standalone servers have no transactions");
        }
        calls.add("start");
        active = true;
    }

    @Override
    public void startTransaction(TransactionOptions options) {
        startTransaction();
    }

    @Override
    public void commitTransaction() {
        calls.add("commit");
        active = false;
    }

    @Override
    public void abortTransaction() {
        calls.add("abort");
        active = false;
    }

    @Override
    public <T> T withTransaction(TransactionBody<T> body) {
        startTransaction();
        T result;
        try {
            result = body.execute();
        } catch (RuntimeException e) {
            abortTransaction();
            throw e;
        }
        commitTransaction();
        return result;
    }

    @Override
    public <T> T withTransaction(TransactionBody<T> body, TransactionOptions options) {
        return withTransaction(body);
    }

    @Override
    public void close() {
        calls.add("close");
    }
}
