package io.connectmongodb.driver.internal.cluster;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.cluster.ServerDescription;
import io.connectmongodb.driver.cluster.ServerType;
import io.connectmongodb.driver.error.MongoSocketException;
import io.connectmongodb.driver.internal.connection.Connection;
import io.connectmongodb.driver.internal.connection.ConnectionDescription;
import io.connectmongodb.driver.internal.connection.ConnectionFactory;
import io.connectmongodb.driver.internal.connection.DocumentSequence;
import io.connectmongodb.driver.internal.topology.CheckResultHandler;
import io.connectmongodb.driver.internal.topology.Monitor;
import io.connectmongodb.driver.internal.topology.ServerMonitorFactory;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.bson.BsonDocument;
import org.bson.BsonInt32;

/**
 * Stand-ins for servers in cluster tests, with no I/O: monitors that report a scripted server type
 * as soon as they start (or on {@link #report}), and a connection factory whose connections record
 * every command per server and answer through a replaceable responder (which may throw).
 */
final class ScriptedServers implements ServerMonitorFactory, ConnectionFactory {
    record Sent(ServerAddress address, BsonDocument command) {
    }

    private final Map<ServerAddress, ServerType> types = new ConcurrentHashMap<>();
    private final Map<ServerAddress, CheckResultHandler> handlers = new ConcurrentHashMap<>();
    private final Map<ServerAddress, AtomicInteger> checkRequests = new ConcurrentHashMap<>();
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private volatile BiFunction<ServerAddress, BsonDocument, BsonDocument> responder = (a, c) -> ok();
    private volatile Function<ServerAddress, RuntimeException> openFailure = a -> null;

    ScriptedServers type(ServerAddress address, ServerType type) {
        types.put(address, type);
        return this;
    }

    ScriptedServers respond(BiFunction<ServerAddress, BsonDocument, BsonDocument> value) {
        this.responder = value;
        return this;
    }

    /** Makes every following connection open fail with the returned error (null: succeed). */
    ScriptedServers failOpens(Function<ServerAddress, RuntimeException> value) {
        this.openFailure = value;
        return this;
    }

    /** Reports a fresh check result of {@code address}'s scripted type. */
    void report(ServerAddress address) {
        CheckResultHandler handler = handlers.get(address);
        ServerType type = types.getOrDefault(address, ServerType.MONGOS);
        if (type == ServerType.UNKNOWN) {
            handler.checkFailed(address, new MongoSocketException("scripted: unreachable", address));
        } else {
            handler.checkSucceeded(description(address, type));
        }
    }

    int checkRequests(ServerAddress address) {
        return checkRequests.computeIfAbsent(address, a -> new AtomicInteger()).get();
    }

    List<Sent> sent() {
        return sent;
    }

    long sentTo(ServerAddress address) {
        return sent.stream().filter(s -> s.address().equals(address)).count();
    }

    static BsonDocument ok() {
        return new BsonDocument("ok", new BsonInt32(1));
    }

    static ServerDescription description(ServerAddress address, ServerType type) {
        return ServerDescription.builder(address).type(type).roundTripTimeMillis(1.0).minWireVersion(0).maxWireVersion(21)
                .build();
    }

    @Override
    public Monitor create(ServerAddress address, CheckResultHandler handler) {
        handlers.put(address, handler);
        AtomicBoolean closed = new AtomicBoolean();
        return new Monitor() {
            @Override
            public void start() {
                report(address);
            }

            @Override
            public void requestCheck() {
                checkRequests.computeIfAbsent(address, a -> new AtomicInteger()).incrementAndGet();
            }

            @Override
            public void cancelCheck() {
                // the scripted check completes at once, there is never one in progress
            }

            @Override
            public void close() {
                closed.set(true);
            }
        };
    }

    @Override
    public Connection open(ServerAddress address) {
        RuntimeException failure = openFailure.apply(address);
        if (failure != null) {
            throw failure;
        }
        ConnectionDescription description = new ConnectionDescription(address, 7, 0, 21, 16 * 1024 * 1024, 48_000_000,
                100_000, 30, true, ok());
        AtomicBoolean closed = new AtomicBoolean();
        return new Connection() {
            @Override
            public ConnectionDescription description() {
                return description;
            }

            @Override
            public BsonDocument command(BsonDocument command, List<DocumentSequence> sequences) {
                sent.add(new Sent(address, command));
                try {
                    return responder.apply(address, command);
                } catch (MongoSocketException e) {
                    closed.set(true);
                    throw e;
                }
            }

            @Override
            public boolean isClosed() {
                return closed.get();
            }

            @Override
            public void close() {
                closed.set(true);
            }
        };
    }
}
