package io.connectmongodb.driver.internal.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.cluster.ServerDescription;
import io.connectmongodb.driver.cluster.ServerType;
import io.connectmongodb.driver.error.MongoSocketException;
import io.connectmongodb.driver.error.MongoSocketOpenException;
import io.connectmongodb.driver.event.ServerHeartbeatFailedEvent;
import io.connectmongodb.driver.event.ServerHeartbeatStartedEvent;
import io.connectmongodb.driver.event.ServerHeartbeatSucceededEvent;
import io.connectmongodb.driver.event.ServerMonitorListener;
import io.connectmongodb.driver.internal.connection.Connection;
import io.connectmongodb.driver.internal.connection.ConnectionDescription;
import io.connectmongodb.driver.internal.connection.ConnectionFactory;
import io.connectmongodb.driver.internal.connection.DocumentSequence;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

class ServerMonitorTest {
    private static final ServerAddress A = ServerAddress.of("a");
    private static final BsonDocument PRIMARY = BsonDocument.parse(
            "{ok: 1, isWritablePrimary: true, helloOk: true, setName: 'rs', hosts: ['a:27017'], maxWireVersion: 21}");
    private static final BsonDocument SECONDARY = BsonDocument.parse(
            "{ok: 1, isWritablePrimary: false, secondary: true, setName: 'rs', hosts: ['a:27017'], maxWireVersion: 21}");

    /** Replies from a script: each entry is a reply document or a RuntimeException to throw. */
    private static final class ScriptedConnection implements Connection {
        private final Deque<Object> script;
        private final List<BsonDocument> commands = new ArrayList<>();
        private boolean closed;

        ScriptedConnection(Deque<Object> script) {
            this.script = script;
        }

        @Override
        public ConnectionDescription description() {
            return new ConnectionDescription(A, 1, 0, 21, 16 << 20, 48 << 20, 100_000, 30, true, PRIMARY);
        }

        @Override
        public BsonDocument command(BsonDocument command, List<DocumentSequence> sequences) {
            commands.add(command);
            Object next = script.poll();
            if (next instanceof RuntimeException e) {
                closed = true;
                throw e;
            }
            return (BsonDocument) next;
        }

        @Override
        public boolean isClosed() {
            return closed;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    /** Opens scripted connections, or fails while {@code failOpens} is positive. */
    private static final class ScriptedFactory implements ConnectionFactory {
        final Deque<Object> replies = new ArrayDeque<>();
        final List<ScriptedConnection> opened = new ArrayList<>();
        int failOpens;

        @Override
        public Connection open(ServerAddress address) {
            if (failOpens > 0) {
                failOpens--;
                throw new MongoSocketOpenException("refused", address, null);
            }
            ScriptedConnection connection = new ScriptedConnection(replies);
            opened.add(connection);
            return connection;
        }
    }

    private static final class RecordingHandler implements CheckResultHandler {
        final List<Object> outcomes = Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch twoOutcomes = new CountDownLatch(2);

        @Override
        public void checkSucceeded(ServerDescription description) {
            outcomes.add(description);
            twoOutcomes.countDown();
        }

        @Override
        public void checkFailed(ServerAddress address, Throwable error) {
            outcomes.add(error);
            twoOutcomes.countDown();
        }
    }

    private static final class RecordingListener implements ServerMonitorListener {
        final List<Object> events = new ArrayList<>();

        @Override
        public void serverHeartbeatStarted(ServerHeartbeatStartedEvent event) {
            events.add(event);
        }

        @Override
        public void serverHeartbeatSucceeded(ServerHeartbeatSucceededEvent event) {
            events.add(event);
        }

        @Override
        public void serverHeartbeatFailed(ServerHeartbeatFailedEvent event) {
            events.add(event);
        }
    }

    private final ScriptedFactory factory = new ScriptedFactory();
    private final RecordingHandler handler = new RecordingHandler();
    private final RecordingListener listener = new RecordingListener();
    private final AtomicLong clock = new AtomicLong();

    private ServerMonitor monitor() {
        return new ServerMonitor(A, factory, handler, listener, 10_000, () -> clock.addAndGet(2_000_000));
    }

    @Test
    void firstCheckUsesTheHandshakeReplyThenHelloOnTheSameConnection() {
        ServerMonitor monitor = monitor();
        factory.replies.add(SECONDARY);
        monitor.checkOnce();
        monitor.checkOnce();
        assertEquals(1, factory.opened.size());
        assertEquals("hello", factory.opened.get(0).commands.get(0).getFirstKey());
        assertEquals("admin", factory.opened.get(0).commands.get(0).getString("$db").getValue());
        assertEquals(ServerType.RS_PRIMARY, ((ServerDescription) handler.outcomes.get(0)).type());
        ServerDescription second = (ServerDescription) handler.outcomes.get(1);
        assertEquals(ServerType.RS_SECONDARY, second.type());
        assertTrue(second.roundTripTimeMillis() > 0);
        assertInstanceOf(ServerHeartbeatStartedEvent.class, listener.events.get(0));
        assertInstanceOf(ServerHeartbeatSucceededEvent.class, listener.events.get(1));
    }

    @Test
    void networkErrorOfAKnownServerIsRetriedOnceBeforeItIsReported() {
        ServerMonitor monitor = monitor();
        monitor.checkOnce();
        factory.replies.add(new MongoSocketException("reset", A));
        monitor.checkOnce(); // fails on hello, the retry opens a new connection whose handshake succeeds
        assertEquals(2, factory.opened.size());
        assertEquals(2, handler.outcomes.size());
        assertInstanceOf(ServerDescription.class, handler.outcomes.get(1));

        factory.replies.add(new MongoSocketException("reset", A));
        factory.failOpens = 1;
        monitor.checkOnce();
        assertInstanceOf(MongoSocketOpenException.class, handler.outcomes.get(2));
        assertTrue(listener.events.stream().anyMatch(ServerHeartbeatFailedEvent.class::isInstance));
    }

    @Test
    void unknownServerFailureIsReportedWithoutRetry() {
        factory.failOpens = 1;
        monitor().checkOnce();
        assertEquals(1, handler.outcomes.size());
        assertInstanceOf(MongoSocketOpenException.class, handler.outcomes.get(0));
    }

    @Test
    void heartbeatFrequencyBelowTheMinimumIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new ServerMonitor(A, factory, handler, listener, 100, System::nanoTime));
    }

    @Test
    void requestedCheckRunsAfterTheMinimumIntervalInsteadOfTheHeartbeat() throws InterruptedException {
        factory.replies.add(SECONDARY);
        ServerMonitor monitor = new ServerMonitor(A, factory, handler, listener, 60_000, System::nanoTime);
        monitor.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (handler.outcomes.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            monitor.requestCheck();
            assertTrue(handler.twoOutcomes.await(5, TimeUnit.SECONDS), "the requested check did not run");
            assertEquals(ServerType.RS_SECONDARY, ((ServerDescription) handler.outcomes.get(1)).type());
        } finally {
            monitor.close();
        }
    }
}
