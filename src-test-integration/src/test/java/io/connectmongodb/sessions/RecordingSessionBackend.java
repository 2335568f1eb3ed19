package io.connectmongodb.sessions;

import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An in-memory mongo-java-server backend that claims what transactions need and records every
 * command. Its handshake says it is the primary of replica set {@code rs0} (hosts = its own
 * address) with {@code logicalSessionTimeoutMinutes: 30}; it accepts {@code lsid},
 * {@code txnNumber}, {@code startTransaction}, {@code autocommit} and {@code readConcern} (the
 * embedded backend ignores them: there is no real isolation), answers {@code commitTransaction},
 * {@code abortTransaction} and {@code endSessions} with ok, and adds {@code operationTime} and
 * {@code $clusterTime} to every reply so drivers can do causal reads. {@link #failNext} injects a
 * retryable error ({@code RetryableWriteError} label) for the next commands of one name.
 */
final class RecordingSessionBackend extends MemoryBackend {
    private static final Set<String> HANDSHAKES = Set.of("hello", "ismaster", "isMaster");

    private final List<Document> recorded = new ArrayList<>();
    private final AtomicLong clock = new AtomicLong(1_000);
    private final AtomicInteger failures = new AtomicInteger();
    private volatile String failCommand;
    private volatile String hostAndPort;

    RecordingSessionBackend advertise(String address) {
        this.hostAndPort = address;
        return this;
    }

    /** The next {@code times} commands named {@code command} fail with ExceededTimeLimit and RetryableWriteError. */
    void failNext(String command, int times) {
        failCommand = command;
        failures.set(times);
    }

    synchronized List<Document> recorded() {
        return new ArrayList<>(recorded);
    }

    synchronized void clear() {
        recorded.clear();
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if (HANDSHAKES.contains(command)) {
            Document reply = super.handleCommand(channel, databaseName, command, query);
            reply.put("setName", "rs0");
            reply.put("hosts", List.of(hostAndPort));
            reply.put("primary", hostAndPort);
            reply.put("me", hostAndPort);
            reply.put("secondary", false);
            reply.put("setVersion", 1);
            reply.put("logicalSessionTimeoutMinutes", 30);
            return reply;
        }
        synchronized (this) {
            recorded.add(new Document(query));
        }
        if (command.equals(failCommand) && failures.getAndDecrement() > 0) {
            Document error = new Document("ok", 0.0).append("errmsg", "injected retryable error")
                    .append("code", 262).append("codeName", "ExceededTimeLimit")
                    .append("errorLabels", List.of("RetryableWriteError"));
            return withTimes(error);
        }
        Document reply;
        if (command.equals("commitTransaction") || command.equals("abortTransaction") || command.equals("endSessions")) {
            reply = new Document("ok", 1.0);
        } else {
            reply = super.handleCommand(channel, databaseName, command, query);
        }
        return withTimes(reply);
    }

    private Document withTimes(Document reply) {
        long now = clock.incrementAndGet();
        BsonTimestamp timestamp = new BsonTimestamp(now << 32 | 1);
        reply.put("operationTime", timestamp);
        reply.put("$clusterTime", new Document("clusterTime", timestamp)
                .append("signature", new Document("hash", new BinData(new byte[20])).append("keyId", 0L)));
        return reply;
    }
}
