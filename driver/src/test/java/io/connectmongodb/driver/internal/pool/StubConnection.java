package io.connectmongodb.driver.internal.pool;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.error.MongoSocketException;
import io.connectmongodb.driver.internal.connection.Connection;
import io.connectmongodb.driver.internal.connection.ConnectionDescription;
import io.connectmongodb.driver.internal.connection.DocumentSequence;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bson.BsonDocument;
import org.bson.BsonInt32;

/**
 * A connection that does no I/O: every command answers {@code {ok: 1}} until {@link #breakWithNetworkError()}
 * (or a close) makes it fail like a dropped socket. Counts its commands and closes.
 */
public final class StubConnection implements Connection {
    private final ConnectionDescription description;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile boolean broken;

    public StubConnection(ServerAddress address) {
        this.description = new ConnectionDescription(address, -1, 0, 21, 16 * 1024 * 1024, 48_000_000, 100_000,
                30, true, new BsonDocument("ok", new BsonInt32(1)));
    }

    @Override
    public ConnectionDescription description() {
        return description;
    }

    @Override
    public BsonDocument command(BsonDocument command, List<DocumentSequence> sequences) {
        if (broken || closed.get()) {
            closed.set(true);
            throw new MongoSocketException("stub connection to " + description.address() + " is closed", description.address());
        }
        return new BsonDocument("ok", new BsonInt32(1));
    }

    /** The next command fails with a network error and the connection closes itself, as a real one would. */
    public void breakWithNetworkError() {
        broken = true;
    }

    @Override
    public boolean isClosed() {
        return closed.get();
    }

    @Override
    public void close() {
        closed.set(true);
    }
}
