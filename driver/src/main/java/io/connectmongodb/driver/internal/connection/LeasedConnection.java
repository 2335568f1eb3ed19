package io.connectmongodb.driver.internal.connection;

import io.connectmongodb.driver.error.MongoConnectionClosedException;
import java.util.List;
import org.bson.BsonDocument;

/**
 * A connection lent out by {@link SingleServerConnectionSource}. {@link #close()} returns the
 * underlying connection to the source exactly once; afterwards this handle refuses use, so a
 * caller that keeps a reference cannot disturb the connection's next borrower.
 */
final class LeasedConnection implements Connection {
    private final Connection delegate;
    private final SingleServerConnectionSource source;
    private volatile boolean returned;

    LeasedConnection(Connection delegate, SingleServerConnectionSource source) {
        this.delegate = delegate;
        this.source = source;
    }

    @Override
    public ConnectionDescription description() {
        return delegate.description();
    }

    @Override
    public BsonDocument command(BsonDocument command, List<DocumentSequence> sequences) {
        if (returned) {
            throw new MongoConnectionClosedException("The connection to " + source.address()
                    + " was already handed back to its source");
        }
        return delegate.command(command, sequences);
    }

    @Override
    public void commandNoReply(BsonDocument command, List<DocumentSequence> sequences) {
        if (returned) {
            throw new MongoConnectionClosedException("The connection to " + source.address()
                    + " was already handed back to its source");
        }
        delegate.commandNoReply(command, sequences);
    }

    @Override
    public boolean isClosed() {
        return returned || delegate.isClosed();
    }

    @Override
    public synchronized void close() {
        if (!returned) {
            returned = true;
            source.release(delegate);
        }
    }
}
