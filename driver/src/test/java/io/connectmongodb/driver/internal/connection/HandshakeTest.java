package io.connectmongodb.driver.internal.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.error.MongoCommandException;
import io.connectmongodb.driver.error.MongoIncompatibleServerException;
import io.connectmongodb.driver.error.MongoSocketOpenException;
import io.connectmongodb.driver.error.MongoSocketReadTimeoutException;
import io.connectmongodb.driver.internal.wire.MessageLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.junit.jupiter.api.Test;

/** The handshake through {@link SocketConnectionFactory}, against in-memory stub servers. */
class HandshakeTest {
    private static final ServerAddress ADDRESS = ServerAddress.of("db.test", 27017);
    private static final ConnectionSettings SETTINGS = new ConnectionSettings(1000, 1000, "my-app");

    private final List<FakeStream> streams = new ArrayList<>();

    private Connection open(Function<String, BsonDocument> server) {
        return new SocketConnectionFactory(SETTINGS, address -> {
            FakeStream stream = FakeStream.answering(address, server);
            streams.add(stream);
            return stream;
        }).open(ADDRESS);
    }

    private static BsonDocument helloReply() {
        return new BsonDocument("isWritablePrimary", BsonBoolean.TRUE)
                .append("maxBsonObjectSize", new BsonInt32(1_000_000))
                .append("maxMessageSizeBytes", new BsonInt32(2_000_000))
                .append("maxWriteBatchSize", new BsonInt32(500))
                .append("logicalSessionTimeoutMinutes", new BsonInt32(30))
                .append("connectionId", new BsonInt64(42))
                .append("minWireVersion", new BsonInt32(0))
                .append("maxWireVersion", new BsonInt32(21))
                .append("ok", new BsonDouble(1));
    }

    @Test
    void helloIsSentFirstWithMetadataToAdmin() {
        Connection connection = open(name -> helloReply());

        FakeStream stream = streams.get(0);
        assertTrue(stream.opened);
        assertEquals(1, stream.requests.size());
        BsonDocument hello = stream.requests.get(0).body();
        assertEquals("hello", hello.getFirstKey());
        assertEquals(BsonBoolean.TRUE, hello.get("helloOk"));
        assertEquals("admin", hello.getString("$db").getValue());
        BsonDocument client = hello.getDocument("client");
        assertEquals("my-app", client.getDocument("application").getString("name").getValue());
        assertEquals("connect-mongodb", client.getDocument("driver").getString("name").getValue());
        assertTrue(client.getDocument("driver").containsKey("version"));
        assertTrue(client.getDocument("os").containsKey("type"));
        assertTrue(client.getString("platform").getValue().startsWith("Java/"));
        assertFalse(connection.isClosed());
    }

    @Test
    void helloReplyFillsTheDescription() {
        ConnectionDescription d = open(name -> helloReply()).description();

        assertEquals(ADDRESS, d.address());
        assertEquals(42, d.serverConnectionId());
        assertEquals(0, d.minWireVersion());
        assertEquals(21, d.maxWireVersion());
        assertEquals(1_000_000, d.maxBsonObjectSize());
        assertEquals(2_000_000, d.maxMessageSizeBytes());
        assertEquals(500, d.maxWriteBatchSize());
        assertEquals(30, d.logicalSessionTimeoutMinutes());
        assertTrue(d.supportsSessions());
        assertTrue(d.helloOk());
        assertEquals(helloReply(), d.helloReply());
    }

    @Test
    void unknownHelloFallsBackToIsMaster() {
        Connection connection = open(name -> name.equals("hello") ? StubReplies.commandNotFound(name)
                : StubReplies.isMasterReply());

        List<String> sent = new ArrayList<>();
        streams.get(0).requests.forEach(r -> sent.add(r.body().getFirstKey()));
        assertEquals(List.of("hello", "isMaster"), sent);
        BsonDocument isMaster = streams.get(0).requests.get(1).body();
        assertEquals(BsonBoolean.TRUE, isMaster.get("helloOk"));
        assertTrue(isMaster.containsKey("client"));
        assertFalse(connection.description().helloOk());
        assertEquals(17, connection.description().maxWireVersion());
    }

    @Test
    void unknownCommandMessageWithoutCodeAlsoFallsBack() {
        BsonDocument noCode = new BsonDocument("ok", new BsonDouble(0))
                .append("errmsg", new BsonString("no such cmd: hello"));
        Connection connection = open(name -> name.equals("hello") ? noCode
                : StubReplies.isMasterReply().append("helloOk", BsonBoolean.TRUE));
        assertTrue(connection.description().helloOk());
    }

    @Test
    void otherHandshakeErrorsDoNotFallBackAndCloseTheStream() {
        BsonDocument denied = new BsonDocument("ok", new BsonDouble(0)).append("code", new BsonInt32(13))
                .append("errmsg", new BsonString("not authorized"));
        assertThrows(MongoCommandException.class, () -> open(name -> denied));
        assertEquals(1, streams.get(0).requests.size());
        assertTrue(streams.get(0).closed);
    }

    @Test
    void absentLimitsTakeTheSpecDefaults() {
        BsonDocument minimal = new BsonDocument("maxWireVersion", new BsonInt32(6)).append("ok", new BsonInt32(1));
        ConnectionDescription d = open(name -> minimal).description();

        assertEquals(16 * 1024 * 1024, d.maxBsonObjectSize());
        assertEquals(48_000_000, d.maxMessageSizeBytes());
        assertEquals(100_000, d.maxWriteBatchSize());
        assertEquals(MessageLimits.DEFAULT_MAX_MESSAGE_SIZE_BYTES, d.maxMessageSizeBytes());
        assertNull(d.logicalSessionTimeoutMinutes());
        assertFalse(d.supportsSessions());
        assertEquals(-1, d.serverConnectionId());
        assertEquals(0, d.minWireVersion());
    }

    @Test
    void aMaxMessageSizeTooSmallForAHeaderTakesTheDefault() {
        // found by WireFuzzIT: maxMessageSizeBytes 4 made StreamConnection.initialize throw an untyped
        // IllegalArgumentException from MessageLimits
        for (int nonsense : new int[] {4, 15, 0, -1}) {
            BsonDocument reply = new BsonDocument("maxWireVersion", new BsonInt32(6))
                    .append("maxMessageSizeBytes", new BsonInt32(nonsense)).append("ok", new BsonInt32(1));
            assertEquals(MessageLimits.DEFAULT_MAX_MESSAGE_SIZE_BYTES, open(name -> reply).description().maxMessageSizeBytes());
        }
        BsonDocument smallest = new BsonDocument("maxWireVersion", new BsonInt32(6))
                .append("maxMessageSizeBytes", new BsonInt32(16)).append("ok", new BsonInt32(1));
        assertEquals(16, open(name -> smallest).description().maxMessageSizeBytes());
    }

    @Test
    void tooOldServerIsRejected() {
        BsonDocument old = StubReplies.isMasterReply().append("maxWireVersion", new BsonInt32(5));
        MongoIncompatibleServerException e = assertThrows(MongoIncompatibleServerException.class,
                () -> open(name -> old));
        assertTrue(e.getMessage().contains("db.test:27017"), e.getMessage());
        assertTrue(e.getMessage().contains("maximum wire version 5"), e.getMessage());
        assertTrue(e.getMessage().contains("at least 6"), e.getMessage());
        assertTrue(streams.get(0).closed);
    }

    @Test
    void tooNewServerIsRejected() {
        BsonDocument future = StubReplies.isMasterReply().append("minWireVersion", new BsonInt32(26))
                .append("maxWireVersion", new BsonInt32(30));
        MongoIncompatibleServerException e = assertThrows(MongoIncompatibleServerException.class,
                () -> open(name -> future));
        assertTrue(e.getMessage().contains("26"), e.getMessage());
        assertTrue(e.getMessage().contains("25"), e.getMessage());
    }

    @Test
    void wireVersionsAtTheBoundsAreAccepted() {
        open(name -> StubReplies.isMasterReply().append("maxWireVersion", new BsonInt32(6)));
        open(name -> StubReplies.isMasterReply().append("minWireVersion", new BsonInt32(25))
                .append("maxWireVersion", new BsonInt32(25)));
    }

    @Test
    void silentServerDuringHandshakeIsAReadTimeout() {
        FakeStream[] created = new FakeStream[1];
        SocketConnectionFactory factory = new SocketConnectionFactory(SETTINGS, address -> {
            created[0] = new FakeStream(address, request -> null);
            return created[0];
        });
        assertThrows(MongoSocketReadTimeoutException.class, () -> factory.open(ADDRESS));
        assertTrue(created[0].closed);
    }

    @Test
    void brokenHandshakeReplyIsASocketOpenError() {
        SocketConnectionFactory factory = new SocketConnectionFactory(SETTINGS,
                address -> new FakeStream(address, request -> new byte[5]));
        MongoSocketOpenException e = assertThrows(MongoSocketOpenException.class, () -> factory.open(ADDRESS));
        assertTrue(e.getMessage().contains("db.test:27017"), e.getMessage());
    }

    @Test
    void tooLongApplicationNameIsRejectedUpFront() {
        ConnectionSettings settings = new ConnectionSettings(1000, 1000, "a".repeat(129));
        assertThrows(IllegalArgumentException.class, () -> new SocketConnectionFactory(settings));
    }

    @Test
    void unknownCommandDetection() {
        assertTrue(Handshake.isUnknownCommand(new MongoCommandException(StubReplies.commandNotFound("hello"), ADDRESS)));
        assertFalse(Handshake.isUnknownCommand(new MongoCommandException(
                new BsonDocument("ok", new BsonInt32(0)).append("code", new BsonInt32(8000))
                        .append("errmsg", new BsonString("bad auth")), ADDRESS)));
    }
}
