package io.connectmongodb.driver.internal.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.error.MongoCommandException;
import io.connectmongodb.driver.error.MongoConnectionClosedException;
import io.connectmongodb.driver.error.MongoProtocolException;
import io.connectmongodb.driver.error.MongoSizeLimitExceededException;
import io.connectmongodb.driver.error.MongoSocketException;
import io.connectmongodb.driver.error.MongoSocketReadException;
import io.connectmongodb.driver.error.MongoSocketReadTimeoutException;
import io.connectmongodb.driver.error.MongoSocketWriteException;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.bson.BsonBinary;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.RawBsonDocument;
import org.junit.jupiter.api.Test;

class StreamConnectionTest {
    private static final ServerAddress ADDRESS = ServerAddress.of("db.test", 27017);

    private static BsonDocument ping() {
        return new BsonDocument("ping", new BsonInt32(1)).append("$db", new BsonString("admin"));
    }

    private static StreamConnection connect(FakeStream stream) {
        return new StreamConnection(stream);
    }

    @Test
    void okReplyReturnsTheRawBody() {
        FakeStream stream = FakeStream.answering(ADDRESS, name -> StubReplies.ok().append("n", new BsonInt32(3)));
        StreamConnection connection = connect(stream);

        BsonDocument reply = connection.command(ping());

        assertInstanceOf(RawBsonDocument.class, reply);
        assertEquals(3, reply.getInt32("n").getValue());
        assertEquals(ping(), stream.requests.get(0).body());
        assertFalse(connection.isClosed());
    }

    @Test
    void documentSequencesAreSentAsKindOneSections() {
        FakeStream stream = FakeStream.answering(ADDRESS, name -> StubReplies.ok());
        StreamConnection connection = connect(stream);
        List<BsonDocument> docs = List.of(new BsonDocument("_id", new BsonInt32(1)),
                new BsonDocument("_id", new BsonInt32(2)));

        connection.command(new BsonDocument("insert", new BsonString("c")).append("$db", new BsonString("d")),
                List.of(new DocumentSequence("documents", docs)));

        var sent = stream.requests.get(0);
        assertEquals(1, sent.sequences().size());
        assertEquals("documents", sent.sequences().get(0).identifier());
        assertEquals(docs, sent.sequences().get(0).documents());
        assertFalse(sent.body().containsKey("documents"));
    }

    @Test
    void commandNoReplySetsMoreToComeAndReadsNothing() {
        FakeStream stream = new FakeStream(ADDRESS, request -> request.body().getFirstKey().equals("insert") ? null
                : StubReplies.reply(request.header().requestId(), StubReplies.ok()));
        StreamConnection connection = connect(stream);

        connection.commandNoReply(new BsonDocument("insert", new BsonString("c")).append("$db", new BsonString("d")),
                List.of(new DocumentSequence("documents", List.of(new BsonDocument("_id", new BsonInt32(1))))));
        BsonDocument reply = connection.command(ping());

        assertTrue(stream.requests.get(0).moreToCome(), "moreToCome flag set on the unacknowledged request");
        assertFalse(stream.requests.get(1).moreToCome(), "an ordinary command does not set it");
        assertEquals(1.0, reply.getNumber("ok").doubleValue());
        assertFalse(connection.isClosed());
    }

    @Test
    void failedCommandThrowsCommandExceptionAndKeepsTheConnection() {
        FakeStream stream = FakeStream.answering(ADDRESS, name -> name.equals("ping") ? StubReplies.ok()
                : new BsonDocument("ok", new BsonDouble(0)).append("code", new BsonInt32(11000))
                        .append("codeName", new BsonString("DuplicateKey")).append("errmsg", new BsonString("dup")));
        StreamConnection connection = connect(stream);

        MongoCommandException e = assertThrows(MongoCommandException.class, () -> connection.command(
                new BsonDocument("insert", new BsonString("c")).append("$db", new BsonString("d"))));
        assertEquals(11000, e.code());
        assertTrue(e.getMessage().contains("db.test:27017"), e.getMessage());
        assertFalse(connection.isClosed());
        connection.command(ping());
    }

    @Test
    void replyToAnotherRequestIsAProtocolErrorAndClosesTheConnection() {
        FakeStream stream = new FakeStream(ADDRESS,
                request -> StubReplies.reply(request.header().requestId() + 1, StubReplies.ok()));
        StreamConnection connection = connect(stream);

        MongoProtocolException e = assertThrows(MongoProtocolException.class, () -> connection.command(ping()));
        assertTrue(e.getMessage().contains("expected"), e.getMessage());
        assertTrue(connection.isClosed());
        assertTrue(stream.closed);
    }

    @Test
    void replyCutShortIsAReadErrorAndClosesTheConnection() {
        FakeStream stream = new FakeStream(ADDRESS, request -> {
            byte[] full = StubReplies.reply(request.header().requestId(), StubReplies.ok());
            return Arrays.copyOf(full, full.length - 5);
        });
        StreamConnection connection = connect(stream);

        MongoSocketReadException e = assertThrows(MongoSocketReadException.class, () -> connection.command(ping()));
        assertTrue(e.getMessage().contains("db.test:27017"), e.getMessage());
        assertTrue(connection.isClosed());
    }

    @Test
    void silentServerIsAReadTimeoutAndClosesTheConnection() {
        StreamConnection connection = connect(new FakeStream(ADDRESS, request -> null));
        assertThrows(MongoSocketReadTimeoutException.class, () -> connection.command(ping()));
        assertTrue(connection.isClosed());
    }

    @Test
    void writeFailureIsAWriteErrorAndClosesTheConnection() {
        FakeStream stream = FakeStream.answering(ADDRESS, name -> StubReplies.ok());
        stream.failWritesWith = new IOException("Broken pipe");
        StreamConnection connection = connect(stream);
        assertThrows(MongoSocketWriteException.class, () -> connection.command(ping()));
        assertTrue(connection.isClosed());
    }

    @Test
    void replyLargerThanTheServersLimitIsRejectedBeforeAllocation() {
        FakeStream stream = FakeStream.answering(ADDRESS,
                name -> StubReplies.ok().append("pad", new BsonBinary(new byte[2_000])));
        StreamConnection connection = connect(stream);
        connection.initialize(HandshakeReplies.describe(ADDRESS, StubReplies.isMasterReply()
                .append("maxMessageSizeBytes", new BsonInt32(1_000)), false));

        MongoProtocolException e = assertThrows(MongoProtocolException.class, () -> connection.command(ping()));
        assertTrue(e.getMessage().contains("maxMessageSizeBytes 1000"), e.getMessage());
        assertTrue(connection.isClosed());
    }

    @Test
    void oversizedCommandFailsBeforeSendingAndKeepsTheConnection() {
        FakeStream stream = FakeStream.answering(ADDRESS, name -> StubReplies.ok());
        StreamConnection connection = connect(stream);
        connection.initialize(HandshakeReplies.describe(ADDRESS, StubReplies.isMasterReply()
                .append("maxBsonObjectSize", new BsonInt32(100)), false));
        BsonDocument big = new BsonDocument("b", new BsonBinary(new byte[200]));

        assertThrows(MongoSizeLimitExceededException.class, () -> connection.command(
                new BsonDocument("insert", new BsonString("c")).append("$db", new BsonString("d")),
                List.of(new DocumentSequence("documents", List.of(big)))));
        assertTrue(stream.requests.isEmpty());
        assertFalse(connection.isClosed());
        connection.command(ping());
        assertEquals(1, stream.requests.size());
    }

    @Test
    void moreToComeInAReplyIsAProtocolError() {
        FakeStream stream = new FakeStream(ADDRESS, request -> {
            byte[] reply = StubReplies.reply(request.header().requestId(), StubReplies.ok());
            reply[16] = 2; // flagBits: moreToCome
            return reply;
        });
        StreamConnection connection = connect(stream);
        assertThrows(MongoProtocolException.class, () -> connection.command(ping()));
        assertTrue(connection.isClosed());
    }

    @Test
    void replySequencesBecomeArraysOfTheBody() {
        FakeStream stream = new FakeStream(ADDRESS, request -> {
            var encoder = new io.connectmongodb.driver.internal.wire.OpMsgEncoder();
            encoder.start(5, request.header().requestId(), 0,
                    io.connectmongodb.driver.internal.wire.MessageLimits.DEFAULTS);
            encoder.body(StubReplies.ok());
            encoder.sequence("docs", List.of(new BsonDocument("x", new BsonInt32(1))));
            return Arrays.copyOf(encoder.bytes(), encoder.finish());
        });
        BsonDocument reply = connect(stream).command(ping());
        assertEquals(new BsonInt32(1), reply.getArray("docs").get(0).asDocument().get("x"));
    }

    @Test
    void closedConnectionRefusesUseWithATypedError() {
        StreamConnection connection = connect(FakeStream.answering(ADDRESS, name -> StubReplies.ok()));
        connection.close();
        connection.close(); // idempotent
        MongoConnectionClosedException e = assertThrows(MongoConnectionClosedException.class,
                () -> connection.command(ping()));
        assertTrue(e.getMessage().contains("db.test:27017"), e.getMessage());
    }

    @Test
    void badArgumentsFailBeforeAnythingIsSent() {
        FakeStream stream = FakeStream.answering(ADDRESS, name -> StubReplies.ok());
        StreamConnection connection = connect(stream);
        assertThrows(IllegalArgumentException.class, () -> connection.command(new BsonDocument("ping", new BsonInt32(1))));
        assertThrows(IllegalArgumentException.class, () -> connection.command(new BsonDocument()));
        assertThrows(IllegalArgumentException.class, () -> connection.command(ping(), null));
        assertTrue(stream.requests.isEmpty());
    }

    @Test
    void descriptionIsUnavailableBeforeTheHandshake() {
        StreamConnection connection = connect(FakeStream.answering(ADDRESS, name -> StubReplies.ok()));
        assertThrows(IllegalStateException.class, connection::description);
    }

    @Test
    void everyNetworkErrorIsASocketException() {
        StreamConnection connection = connect(new FakeStream(ADDRESS, request -> new byte[3]));
        assertInstanceOf(MongoSocketException.class, assertThrows(RuntimeException.class,
                () -> connection.command(ping())));
    }
}
