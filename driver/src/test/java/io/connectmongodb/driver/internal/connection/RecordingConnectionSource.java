package io.connectmongodb.driver.internal.connection;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.error.MongoCommandException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonValue;

/**
 * A test connection source whose connections record every command (with its document sequences)
 * and answer with canned replies, in order. A reply with {@code ok: 0} is thrown as a
 * {@link MongoCommandException}, as a real connection would. A command arriving with no reply
 * queued fails the test. It also counts acquired and returned connections.
 */
public final class RecordingConnectionSource implements ConnectionSource {
    public static final ServerAddress ADDRESS = ServerAddress.of("127.0.0.1", 27017);

    /** One command as the operation sent it. */
    public record Sent(BsonDocument command, List<DocumentSequence> sequences, boolean moreToCome) {
        public Sent(BsonDocument command, List<DocumentSequence> sequences) {
            this(command, sequences, false);
        }

        public String name() {
            return command.getFirstKey();
        }

        /** The documents of the only sequence sent. */
        public List<? extends BsonDocument> sequenceDocuments() {
            if (sequences.size() != 1) {
                throw new AssertionError("expected exactly one document sequence but got " + sequences.size());
            }
            return sequences.get(0).documents();
        }
    }

    private final Deque<Function<BsonDocument, BsonDocument>> replies = new ArrayDeque<>();
    private final List<Sent> sent = new ArrayList<>();
    private Function<BsonDocument, BsonDocument> fallback;
    private ConnectionDescription description = description(16 * 1024 * 1024, 48_000_000, 100_000);
    private int acquired;
    private int released;
    private boolean closed;

    /** A standalone server without sessions (no logicalSessionTimeoutMinutes), so commands carry no session fields. */
    public static ConnectionDescription description(int maxBsonObjectSize, int maxMessageSizeBytes, int maxWriteBatchSize) {
        return new ConnectionDescription(ADDRESS, 1, 0, 21, maxBsonObjectSize, maxMessageSizeBytes, maxWriteBatchSize,
                null, true, new BsonDocument());
    }

    /**
     * Makes the connections describe a server with sessions ({@code logicalSessionTimeoutMinutes: 30})
     * whose handshake reply is {@code helloJson}, e.g. {@code {setName: 'rs'}} for a replica set member
     * or {@code {msg: 'isdbgrid'}} for a mongos.
     */
    public RecordingConnectionSource withSessions(String helloJson) {
        ConnectionDescription d = description;
        this.description = new ConnectionDescription(ADDRESS, 1, 0, 21, d.maxBsonObjectSize(), d.maxMessageSizeBytes(),
                d.maxWriteBatchSize(), 30, true, BsonDocument.parse(helloJson));
        return this;
    }

    public RecordingConnectionSource withLimits(int maxBsonObjectSize, int maxMessageSizeBytes, int maxWriteBatchSize) {
        this.description = description(maxBsonObjectSize, maxMessageSizeBytes, maxWriteBatchSize);
        return this;
    }

    /** Queues a reply; {@code ok: 1} is added when the reply has no {@code ok}. */
    public RecordingConnectionSource reply(String json) {
        BsonDocument reply = BsonDocument.parse(json);
        return replyWith(command -> reply);
    }

    /** Queues a reply computed from the command it answers. */
    public RecordingConnectionSource replyWith(Function<BsonDocument, BsonDocument> responder) {
        replies.add(responder);
        return this;
    }

    /** Answers every command for which no reply is queued (instead of failing the test). */
    public RecordingConnectionSource replyAlways(Function<BsonDocument, BsonDocument> responder) {
        this.fallback = responder;
        return this;
    }

    public List<Sent> sent() {
        return sent;
    }

    public Sent onlySent() {
        if (sent.size() != 1) {
            throw new AssertionError("expected exactly one command but got " + sent.size() + ": " + sent);
        }
        return sent.get(0);
    }

    public int acquired() {
        return acquired;
    }

    public int released() {
        return released;
    }

    public int pendingReplies() {
        return replies.size();
    }

    public boolean isClosed() {
        return closed;
    }

    @Override
    public ServerAddress address() {
        return ADDRESS;
    }

    @Override
    public Connection acquire() {
        if (closed) {
            throw new IllegalStateException("source closed");
        }
        acquired++;
        return new RecordingConnection();
    }

    @Override
    public void close() {
        closed = true;
    }

    private final class RecordingConnection implements Connection {
        private boolean connectionClosed;

        @Override
        public ConnectionDescription description() {
            return description;
        }

        @Override
        public BsonDocument command(BsonDocument command, List<DocumentSequence> sequences) {
            if (connectionClosed) {
                throw new AssertionError("command sent on a connection that was handed back");
            }
            sent.add(new Sent(command.clone(), List.copyOf(sequences)));
            Function<BsonDocument, BsonDocument> responder = replies.isEmpty() ? fallback : replies.poll();
            if (responder == null) {
                throw new AssertionError("no reply queued for " + command.toJson());
            }
            BsonDocument reply = responder.apply(command).clone();
            BsonValue ok = reply.get("ok");
            if (ok == null) {
                reply.append("ok", new BsonDouble(1));
            } else if (ok.asNumber().intValue() == 0) {
                throw new MongoCommandException(reply, ADDRESS);
            }
            return reply;
        }

        /** Recorded with {@code moreToCome}; consumes no reply. */
        @Override
        public void commandNoReply(BsonDocument command, List<DocumentSequence> sequences) {
            if (connectionClosed) {
                throw new AssertionError("command sent on a connection that was handed back");
            }
            sent.add(new Sent(command.clone(), List.copyOf(sequences), true));
        }

        @Override
        public boolean isClosed() {
            return connectionClosed;
        }

        @Override
        public void close() {
            if (!connectionClosed) {
                connectionClosed = true;
                released++;
            }
        }
    }
}
