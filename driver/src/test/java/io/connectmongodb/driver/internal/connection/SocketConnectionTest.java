package io.connectmongodb.driver.internal.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.error.MongoConnectTimeoutException;
import io.connectmongodb.driver.error.MongoSocketOpenException;
import io.connectmongodb.driver.error.MongoSocketReadException;
import io.connectmongodb.driver.error.MongoSocketReadTimeoutException;
import io.connectmongodb.driver.internal.connection.LoopbackStubServer.Answer;
import io.connectmongodb.driver.internal.connection.LoopbackStubServer.HangUpMidReply;
import io.connectmongodb.driver.internal.connection.LoopbackStubServer.Silence;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Real sockets on loopback (TCP and Unix domain): timeouts, refusals and broken replies. */
@Timeout(30)
class SocketConnectionTest {
    private static final int SOCKET_TIMEOUT_MS = 300;
    private static final ConnectionSettings SETTINGS = new ConnectionSettings(2_000, SOCKET_TIMEOUT_MS, null);

    private static BsonDocument ping() {
        return new BsonDocument("ping", new BsonInt32(1)).append("$db", new BsonString("admin"));
    }

    @Test
    void serverThatAcceptsButNeverAnswersTimesOutTheRead() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try {
                    Socket accepted = silent.accept(); // held open, never answered
                    accepted.getInputStream().read(new byte[1 << 16]);
                } catch (IOException ignored) {
                    // closed by the test
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            long start = System.nanoTime();
            MongoSocketReadTimeoutException e = assertThrows(MongoSocketReadTimeoutException.class,
                    () -> new SocketConnectionFactory(SETTINGS).open(ServerAddress.of("127.0.0.1", silent.getLocalPort())));
            long elapsedMS = (System.nanoTime() - start) / 1_000_000;
            assertTrue(elapsedMS >= SOCKET_TIMEOUT_MS - 50, "timed out after " + elapsedMS + " ms");
            assertTrue(elapsedMS < 10_000, "no timeout applied: " + elapsedMS + " ms");
            assertTrue(e.getMessage().contains("127.0.0.1:" + silent.getLocalPort()), e.getMessage());
        }
    }

    @Test
    void readTimeoutAfterTheHandshakeClosesTheConnection() throws IOException {
        try (LoopbackStubServer server = LoopbackStubServer.tcp(LoopbackStubServer.handshakeThen(r -> new Silence()))) {
            Connection connection = new SocketConnectionFactory(SETTINGS).open(server.address());
            assertThrows(MongoSocketReadTimeoutException.class, () -> connection.command(ping()));
            assertTrue(connection.isClosed());
        }
    }

    @Test
    void refusedPortIsASocketOpenError() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        ServerAddress address = ServerAddress.of("127.0.0.1", port);
        MongoSocketOpenException e = assertThrows(MongoSocketOpenException.class,
                () -> new SocketConnectionFactory(SETTINGS).open(address));
        assertFalse(e instanceof MongoConnectTimeoutException);
        assertTrue(e.getMessage().contains(address.toString()), e.getMessage());
    }

    @Test
    void connectTimeoutIsReportedAsSuch() {
        FakeStream[] created = new FakeStream[1];
        SocketConnectionFactory factory = new SocketConnectionFactory(SETTINGS, address -> {
            created[0] = new FakeStream(address, r -> null);
            created[0].failOpenWith = new SocketTimeoutException("connect timed out");
            return created[0];
        });
        MongoConnectTimeoutException e = assertThrows(MongoConnectTimeoutException.class,
                () -> factory.open(ServerAddress.of("localhost")));
        assertTrue(e.getMessage().contains("localhost:27017"), e.getMessage());
        assertTrue(created[0].closed);
    }

    @Test
    void serverClosingMidReplyBreaksTheConnectionAndTheSourceDropsIt() throws IOException {
        try (LoopbackStubServer server = LoopbackStubServer.tcp(LoopbackStubServer.handshakeThen(
                r -> r.containsKey("breakMe") ? new HangUpMidReply(StubReplies.ok()) : new Answer(StubReplies.ok())));
             SingleServerConnectionSource source = new SingleServerConnectionSource(server.address(),
                     new SocketConnectionFactory(SETTINGS))) {
            Connection first = source.acquire();
            first.command(ping());
            MongoSocketReadException e = assertThrows(MongoSocketReadException.class, () -> first.command(
                    new BsonDocument("breakMe", new BsonInt32(1)).append("$db", new BsonString("admin"))));
            assertTrue(e.getMessage().contains(server.address().toString()), e.getMessage());
            assertTrue(first.isClosed());
            first.close();
            assertEquals(0, source.idleCount());

            Connection second = source.acquire();
            assertNotSame(first, second);
            second.command(ping());
            second.close();
            assertEquals(2, server.connectionsAccepted.get());
        }
    }

    @Test
    void unixDomainSocketRunsCommands() throws IOException {
        try (LoopbackStubServer server = LoopbackStubServer.unix(
                LoopbackStubServer.handshakeThen(r -> new Answer(StubReplies.ok().append("pong", new BsonInt32(1)))))) {
            try (Connection connection = new SocketConnectionFactory(SETTINGS).open(server.address())) {
                assertEquals(17, connection.description().maxWireVersion());
                assertEquals(1, connection.command(ping()).getInt32("pong").getValue());
                assertEquals(1, connection.command(ping()).getInt32("pong").getValue());
            }
        }
    }

    @Test
    void unixDomainSocketReadsTimeOut() throws IOException {
        try (LoopbackStubServer server = LoopbackStubServer.unix(LoopbackStubServer.handshakeThen(r -> new Silence()))) {
            Connection connection = new SocketConnectionFactory(SETTINGS).open(server.address());
            long start = System.nanoTime();
            assertThrows(MongoSocketReadTimeoutException.class, () -> connection.command(ping()));
            long elapsedMS = (System.nanoTime() - start) / 1_000_000;
            assertTrue(elapsedMS >= SOCKET_TIMEOUT_MS - 50, "timed out after " + elapsedMS + " ms");
            assertTrue(connection.isClosed());
        }
    }

    @Test
    void missingUnixSocketIsASocketOpenError() {
        ServerAddress address = ServerAddress.unixSocket("/nonexistent-dir-for-wire-test/mongodb.sock");
        MongoSocketOpenException e = assertThrows(MongoSocketOpenException.class,
                () -> new SocketConnectionFactory(SETTINGS).open(address));
        assertTrue(e.getMessage().contains(address.toString()), e.getMessage());
    }
}
