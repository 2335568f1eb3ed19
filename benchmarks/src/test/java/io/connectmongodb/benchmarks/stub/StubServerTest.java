package io.connectmongodb.benchmarks.stub;

import io.connectmongodb.benchmarks.drivers.CollectionHandle;
import io.connectmongodb.benchmarks.drivers.DriverUnderTest;
import io.connectmongodb.benchmarks.drivers.Side;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StubServerTest {
    private static final int CURSOR_TOTAL = 2_345;
    private static final BsonDocument TWEET = new BsonDocument("_id", new BsonInt32(7)).append("text", new BsonString("hi"));
    private static StubServer stub;

    @BeforeAll
    static void start() throws IOException {
        stub = StubServer.start(TWEET, CURSOR_TOTAL);
    }

    @AfterAll
    static void stop() throws IOException {
        stub.close();
    }

    @Test
    void answersEachCommandWithItsCannedReply() throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), stub.port())) {
            BsonDocument ping = exchange(socket, 11, command("ping", new BsonInt32(1)), List.of());
            assertEquals(1.0, ping.getNumber("ok").doubleValue());
            assertEquals(1, ping.size());

            BsonDocument hello = exchange(socket, 12, command("hello", new BsonInt32(1)), List.of());
            assertEquals(21, hello.getInt32("maxWireVersion").getValue());
            assertTrue(hello.getBoolean("isWritablePrimary").getValue());

            BsonDocument insert = exchange(socket, 13, command("insert", new BsonString("c")), List.of(TWEET, TWEET, TWEET));
            assertEquals(3, insert.getInt32("n").getValue());

            BsonDocument embedded = command("insert", new BsonString("c")).append("documents", new BsonArray(List.of(TWEET, TWEET)));
            assertEquals(2, exchange(socket, 14, embedded, List.of()).getInt32("n").getValue());

            BsonDocument update = exchange(socket, 16, command("update", new BsonString("c")), List.of(TWEET, TWEET));
            assertEquals(2, update.getInt32("n").getValue());
            assertEquals(2, update.getInt32("nModified").getValue());
            BsonDocument embeddedDelete = command("delete", new BsonString("c")).append("deletes", new BsonArray(List.of(TWEET)));
            assertEquals(1, exchange(socket, 17, embeddedDelete, List.of()).getInt32("n").getValue());

            BsonDocument one = exchange(socket, 15, command("find", new BsonString("tweets")), List.of());
            assertEquals(TWEET, one.getDocument("cursor").getArray("firstBatch").get(0).asDocument());
            assertEquals(0L, one.getDocument("cursor").getInt64("id").getValue());
        }
    }

    @Test
    void longCursorYieldsExactlyItsTotalInBatches() throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), stub.port())) {
            BsonDocument cursor = exchange(socket, 1, command("find", new BsonString(CannedReplies.CURSOR_COLLECTION)), List.of())
                    .getDocument("cursor");
            int total = cursor.getArray("firstBatch").size();
            int requestId = 2;
            while (cursor.getInt64("id").getValue() != 0) {
                cursor = exchange(socket, requestId++, command("getMore", cursor.getInt64("id")), List.of()).getDocument("cursor");
                total += cursor.getArray("nextBatch").size();
            }
            assertEquals(CURSOR_TOTAL, total);
            assertEquals(5, requestId); // find (101), then getMores of 1000, 1000 and 244
        }
    }

    @Test
    void legacyOpQueryHandshakeGetsAnOpReply() throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), stub.port())) {
            byte[] query = bson(command("isMaster", new BsonInt32(1)));
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.write(new byte[4]);
            body.write("admin.$cmd\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            body.write(new byte[] {0, 0, 0, 0, -1, -1, -1, -1});
            body.write(query);
            byte[] reply = send(socket, 99, WireFormat.OP_QUERY, body.toByteArray());
            assertEquals(WireFormat.OP_REPLY, WireFormat.readInt(reply, 12));
            assertEquals(99, WireFormat.readInt(reply, 8));
            BsonDocument document = new RawBsonDocument(reply, WireFormat.HEADER_LENGTH + 20, reply.length - WireFormat.HEADER_LENGTH - 20);
            assertTrue(document.getBoolean("ismaster").getValue());
        }
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void bothDriversRunTheWorkloadOperationsAgainstIt(Side side) {
        try (DriverUnderTest driver = side.connect(stub.connectionString())) {
            assertEquals(1.0, ((Number) driver.runCommand(new Document("ping", 1)).get("ok")).doubleValue());
            CollectionHandle tweets = driver.collection("tweets");
            assertEquals("hi", tweets.findOneById(7).getString("text"));
            tweets.insertOne(new Document("a", 1));
            tweets.insertMany(List.of(new Document("a", 1), new Document("b", 2)));
            assertEquals(CURSOR_TOTAL, driver.collection(CannedReplies.CURSOR_COLLECTION).findAll());
        }
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void bothDriversReturnUndecodedRawDocumentsForTheRawRows(Side side) {
        try (DriverUnderTest driver = side.connect(stub.connectionString())) {
            RawBsonDocument raw = driver.collection("tweets").findOneRawById(7);
            assertEquals(RawBsonDocument.class, raw.getClass());
            assertEquals("hi", raw.getString("text").getValue());
            assertEquals(CURSOR_TOTAL, driver.collection(CannedReplies.CURSOR_COLLECTION).findAllRaw());
        }
    }

    private static BsonDocument command(String name, org.bson.BsonValue value) {
        return new BsonDocument(name, value).append("$db", new BsonString("bench"));
    }

    /** Sends an OP_MSG (body plus an optional "documents" sequence) and decodes the reply body. */
    private static BsonDocument exchange(Socket socket, int requestId, BsonDocument body, List<BsonDocument> sequence)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[4]);
        out.write(0);
        out.write(bson(body));
        if (!sequence.isEmpty()) {
            ByteArrayOutputStream section = new ByteArrayOutputStream();
            section.write("documents\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            for (BsonDocument d : sequence) {
                section.write(bson(d));
            }
            byte[] size = new byte[4];
            WireFormat.writeInt(size, 0, section.size() + 4);
            out.write(1);
            out.write(size);
            out.write(section.toByteArray());
        }
        byte[] reply = send(socket, requestId, WireFormat.OP_MSG, out.toByteArray());
        assertEquals(WireFormat.OP_MSG, WireFormat.readInt(reply, 12));
        assertEquals(requestId, WireFormat.readInt(reply, 8));
        return new RawBsonDocument(reply, 21, reply.length - 21);
    }

    private static byte[] send(Socket socket, int requestId, int opCode, byte[] body) throws IOException {
        byte[] message = new byte[WireFormat.HEADER_LENGTH + body.length];
        WireFormat.writeInt(message, 0, message.length);
        WireFormat.writeInt(message, 4, requestId);
        WireFormat.writeInt(message, 12, opCode);
        System.arraycopy(body, 0, message, WireFormat.HEADER_LENGTH, body.length);
        socket.getOutputStream().write(message);
        DataInputStream in = new DataInputStream(socket.getInputStream());
        byte[] header = new byte[WireFormat.HEADER_LENGTH];
        in.readFully(header);
        byte[] reply = new byte[WireFormat.readInt(header, 0)];
        System.arraycopy(header, 0, reply, 0, header.length);
        in.readFully(reply, header.length, reply.length - header.length);
        return reply;
    }

    private static byte[] bson(BsonDocument document) {
        ByteBuffer buffer = new RawBsonDocument(document, new BsonDocumentCodec()).getByteBuffer().asNIO();
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }
}
