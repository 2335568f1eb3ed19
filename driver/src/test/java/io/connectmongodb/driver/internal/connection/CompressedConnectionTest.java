package io.connectmongodb.driver.internal.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.error.MongoProtocolException;
import io.connectmongodb.driver.internal.auth.ScramKeyCache;
import io.connectmongodb.driver.internal.compression.CodecLibraries;
import io.connectmongodb.driver.internal.compression.CompressionSettings;
import io.connectmongodb.driver.internal.compression.CompressorIds;
import io.connectmongodb.driver.internal.wire.OpMsgReply;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.bson.BsonArray;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compression on a connection, against in-memory stub servers: the offer in the hello, the
 * negotiated compressor, which commands go compressed, compressed replies, and bad compressed
 * replies closing the connection without delivering anything.
 */
class CompressedConnectionTest {
    private static final ServerAddress ADDRESS = ServerAddress.of("db.test", 27017);

    private final List<FakeStream> streams = new ArrayList<>();

    private static BsonDocument helloReply(String... serverCompressors) {
        BsonDocument reply = new BsonDocument("isWritablePrimary", BsonBoolean.TRUE)
                .append("maxWireVersion", new BsonInt32(21))
                .append("ok", new BsonDouble(1));
        if (serverCompressors.length > 0) {
            BsonArray list = new BsonArray();
            for (String name : serverCompressors) {
                list.add(new BsonString(name));
            }
            reply.append("compression", list);
        }
        return reply;
    }

    private Connection open(List<String> offered, CodecLibraries libraries, Function<OpMsgReply, byte[]> server) {
        ConnectionSettings settings = new ConnectionSettings(1000, 1000, null)
                .withCompression(new CompressionSettings(offered, -1));
        return new SocketConnectionFactory(settings, address -> {
            FakeStream stream = new FakeStream(address, server);
            streams.add(stream);
            return stream;
        }, ScramKeyCache.shared(), libraries).open(ADDRESS);
    }

    /** A server that lists {@code serverCompressors} and answers everything else with ok and an echo. */
    private static Function<OpMsgReply, byte[]> server(String... serverCompressors) {
        return request -> {
            String name = request.body().getFirstKey();
            BsonDocument body = name.equals("hello") ? helloReply(serverCompressors)
                    : StubReplies.ok().append("echo", new BsonString(name));
            return StubReplies.reply(request.header().requestId(), body);
        };
    }

    private static BsonDocument command(String name) {
        return new BsonDocument(name, new BsonInt32(1)).append("$db", new BsonString("admin"));
    }

    @Test
    void helloOffersTheListAndTheFirstCommonCompressorIsUsed() {
        Connection connection = open(List.of("zstd", "zlib", "snappy"), CodecLibraries.detected(),
                server("snappy", "zlib"));

        FakeStream stream = streams.get(0);
        BsonValue offered = stream.requests.get(0).body().get("compression");
        assertEquals(new BsonArray(List.of(new BsonString("zstd"), new BsonString("zlib"), new BsonString("snappy"))),
                offered);
        assertEquals(-1, stream.requestCompressorIds.get(0), "the hello is never compressed");
        assertEquals("zlib", connection.description().compressor());

        BsonDocument reply = connection.command(command("ping"));

        assertEquals("ping", reply.getString("echo").getValue());
        assertEquals(CompressorIds.ZLIB, stream.requestCompressorIds.get(1));
        assertEquals(command("ping"), stream.requests.get(1).body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"zlib", "zstd", "snappy"})
    void eachCompressorCarriesCommandsAndDocumentSequences(String name) {
        Connection connection = open(List.of(name), CodecLibraries.detected(), server(name));
        List<BsonDocument> documents = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            documents.add(new BsonDocument("_id", new BsonInt32(i)).append("text", new BsonString("same text " + i)));
        }

        connection.command(new BsonDocument("insert", new BsonString("c")).append("$db", new BsonString("d")),
                List.of(new DocumentSequence("documents", documents)));

        FakeStream stream = streams.get(0);
        assertEquals(name, connection.description().compressor());
        assertEquals(idOf(name), stream.requestCompressorIds.get(1));
        assertEquals(documents, stream.requests.get(1).sequences().get(0).documents());
    }

    private static int idOf(String name) {
        for (int id = 0; id < 4; id++) {
            if (name.equals(CompressorIds.nameOf(id))) {
                return id;
            }
        }
        throw new IllegalArgumentException(name);
    }

    @Test
    void noCompressorConfiguredOffersAnEmptyListAndSendsPlainMessages() {
        Connection connection = open(List.of(), CodecLibraries.detected(), server("zlib"));
        connection.command(command("ping"));

        FakeStream stream = streams.get(0);
        assertEquals(new BsonArray(), stream.requests.get(0).body().get("compression"));
        assertNull(connection.description().compressor());
        assertEquals(List.of(-1, -1), stream.requestCompressorIds);
    }

    @Test
    void serverWithoutCommonCompressorMeansPlainMessagesAndNoError() {
        Connection connection = open(List.of("zlib"), CodecLibraries.detected(), server());
        connection.command(command("ping"));
        assertNull(connection.description().compressor());
        assertEquals(List.of(-1, -1), streams.get(0).requestCompressorIds);
    }

    @Test
    void missingLibrariesAreNotOfferedAndTheNextChoiceIsUsed() {
        Connection connection = open(List.of("zstd", "snappy", "zlib"), CodecLibraries.only(Set.of("zlib")),
                server("zstd", "snappy", "zlib"));
        assertEquals(new BsonArray(List.of(new BsonString("zlib"))), streams.get(0).requests.get(0).body().get("compression"));
        assertEquals("zlib", connection.description().compressor());
    }

    @Test
    void commandsTheSpecForbidsAreSentUncompressed() {
        Connection connection = open(List.of("zlib"), CodecLibraries.detected(), server("zlib"));
        for (String name : List.of("saslStart", "saslContinue", "getnonce", "authenticate", "createUser", "updateUser",
                "copydbSaslStart", "copydbgetnonce", "copydb", "hello", "isMaster", "find")) {
            connection.command(command(name));
        }
        List<Integer> ids = streams.get(0).requestCompressorIds;
        assertEquals(13, ids.size());
        for (int i = 0; i < 12; i++) {
            assertEquals(-1, ids.get(i), "request " + i + " must be plain");
        }
        assertEquals(CompressorIds.ZLIB, ids.get(12), "find is compressed");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void compressedRepliesAreReadWhateverTheirCompressor(int compressorId) {
        Connection connection = open(List.of("zlib"), CodecLibraries.detected(), request -> {
            BsonDocument body = request.body().getFirstKey().equals("hello") ? helloReply("zlib")
                    : StubReplies.ok().append("n", new BsonInt32(5));
            return StubReplies.compressedReply(request.header().requestId(), body, compressorId);
        });
        assertEquals("zlib", connection.description().compressor(), "a compressed hello reply is read too");
        assertEquals(5, connection.command(command("count")).getInt32("n").getValue());
    }

    @Test
    void compressedRepliesAreReadEvenWithoutNegotiatedCompression() {
        Connection connection = open(List.of(), CodecLibraries.detected(), request ->
                StubReplies.compressedReply(request.header().requestId(), request.body().getFirstKey().equals("hello")
                        ? helloReply() : StubReplies.ok().append("n", new BsonInt32(6)), CompressorIds.ZLIB));
        assertEquals(6, connection.command(command("count")).getInt32("n").getValue());
    }

    /** Bad compressed replies: each fails typed, closes the connection and delivers nothing. */
    @ParameterizedTest
    @ValueSource(strings = {"wrong uncompressedSize", "unknown compressor id", "truncated payload",
            "size over the limit", "bomb", "missing library"})
    void badCompressedReplyClosesTheConnectionAndDeliversNothing(String defect) {
        CodecLibraries libraries = defect.equals("missing library") ? CodecLibraries.only(Set.of("zlib"))
                : CodecLibraries.detected();
        Connection connection = open(List.of("zlib"), libraries, request -> {
            if (request.body().getFirstKey().equals("hello")) {
                return StubReplies.reply(request.header().requestId(),
                        helloReply("zlib").append("maxMessageSizeBytes", new BsonInt32(2_000_000)));
            }
            return corrupt(StubReplies.compressedReply(request.header().requestId(),
                    StubReplies.ok().append("secret", new BsonString("never delivered")),
                    defect.equals("missing library") ? CompressorIds.ZSTD : CompressorIds.ZLIB), defect);
        });

        MongoProtocolException e = assertThrows(MongoProtocolException.class, () -> connection.command(command("find")));

        assertTrue(e.getMessage().contains("db.test:27017"), e.getMessage());
        assertTrue(connection.isClosed(), defect + " must close the connection");
        assertTrue(streams.get(0).closed);
        assertInstanceOf(MongoProtocolException.class, e);
    }

    private static byte[] corrupt(byte[] frame, String defect) {
        switch (defect) {
            case "wrong uncompressedSize":
                writeInt(frame, 20, readInt(frame, 20) + 1);
                return frame;
            case "unknown compressor id":
                frame[24] = 9;
                return frame;
            case "truncated payload": {
                byte[] shorter = Arrays.copyOf(frame, frame.length - 6);
                writeInt(shorter, 0, shorter.length);
                return shorter;
            }
            case "size over the limit":
                writeInt(frame, 20, 3_000_000);
                return frame;
            case "bomb": {
                java.util.zip.Deflater deflater = new java.util.zip.Deflater(9);
                deflater.setInput(new byte[5_000_000]);
                deflater.finish();
                byte[] bomb = new byte[20_000];
                int length = deflater.deflate(bomb);
                deflater.end();
                byte[] out = Arrays.copyOf(frame, 25 + length);
                System.arraycopy(bomb, 0, out, 25, length);
                writeInt(out, 0, out.length);
                writeInt(out, 20, 1_000_000);
                return out;
            }
            case "missing library":
                return frame;
            default:
                throw new IllegalArgumentException(defect);
        }
    }

    private static int readInt(byte[] bytes, int offset) {
        return java.nio.ByteBuffer.wrap(bytes, offset, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt();
    }

    private static void writeInt(byte[] bytes, int offset, int value) {
        java.nio.ByteBuffer.wrap(bytes, offset, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(value);
    }
}
