package io.connectmongodb.driver.internal.session;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.error.MongoCommandException;
import io.connectmongodb.driver.error.MongoException;
import io.connectmongodb.driver.internal.connection.Connection;
import io.connectmongodb.driver.internal.connection.ConnectionDescription;
import io.connectmongodb.driver.internal.connection.ConnectionSource;
import io.connectmongodb.driver.internal.connection.DocumentSequence;
import java.util.List;
import org.bson.BsonDocument;
import org.bson.BsonInt32;

/**
 * A connection source whose connections pass every command through an {@link OperationContext}:
 * the context adds its fields before sending and sees every reply (also the reply inside a
 * {@link MongoCommandException}). Unacknowledged writes go out with {@code moreToCome} and are
 * answered locally with {@code {ok: 1, n: 0}}. Cursors keep this source, so their {@code getMore}
 * and {@code killCursors} get the same treatment.
 */
public final class ContextConnectionSource implements ConnectionSource {
    private final ConnectionSource delegate;
    private final OperationContext context;

    public ContextConnectionSource(ConnectionSource delegate, OperationContext context) {
        this.delegate = delegate;
        this.context = context;
    }

    @Override
    public ServerAddress address() {
        return delegate.address();
    }

    @Override
    public Connection acquire() {
        return new ContextConnection(delegate.acquire());
    }

    @Override
    public void close() {
        delegate.close();
    }

    private final class ContextConnection implements Connection {
        private final Connection connection;

        ContextConnection(Connection connection) {
            this.connection = connection;
        }

        @Override
        public ConnectionDescription description() {
            return connection.description();
        }

        @Override
        public BsonDocument command(BsonDocument command, List<DocumentSequence> sequences) {
            ConnectionDescription server = connection.description();
            BsonDocument prepared = context.prepare(command, sequences, server);
            if (context.isUnacknowledged(command)) {
                try {
                    connection.commandNoReply(prepared, sequences);
                } finally {
                    context.sent(prepared, server);
                }
                return new BsonDocument("ok", new BsonInt32(1)).append("n", new BsonInt32(0));
            }
            BsonDocument reply;
            try {
                reply = connection.command(prepared, sequences);
            } catch (MongoCommandException e) {
                context.sent(prepared, server);
                context.onReply(e.response(), server);
                context.onError(prepared, e);
                throw e;
            } catch (MongoException e) {
                context.sent(prepared, server);
                context.onError(prepared, e);
                throw e;
            }
            context.sent(prepared, server);
            context.onReply(reply, server);
            return reply;
        }

        @Override
        public void commandNoReply(BsonDocument command, List<DocumentSequence> sequences) {
            connection.commandNoReply(context.prepare(command, sequences, connection.description()), sequences);
        }

        @Override
        public boolean isClosed() {
            return connection.isClosed();
        }

        @Override
        public void close() {
            connection.close();
        }
    }
}
