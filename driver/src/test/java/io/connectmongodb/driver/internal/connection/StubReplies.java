package io.connectmongodb.driver.internal.connection;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.internal.compression.WireCompression;
import io.connectmongodb.driver.internal.wire.MessageLimits;
import io.connectmongodb.driver.internal.wire.OpCompressedDecoder;
import io.connectmongodb.driver.internal.wire.OpCompressedEncoder;
import io.connectmongodb.driver.internal.wire.OpMsgDecoder;
import io.connectmongodb.driver.internal.wire.OpMsgEncoder;
import io.connectmongodb.driver.internal.wire.OpMsgReply;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonString;

/** Encoding and decoding helpers for stub servers in tests. */
final class StubReplies {
    static final ServerAddress CLIENT = ServerAddress.of("client.test", 1);

    private StubReplies() {
    }

    /** Decodes a request the driver sent (requests and replies share the OP_MSG format). */
    static OpMsgReply decodeRequest(byte[] message) {
        return OpMsgDecoder.decode(message, Integer.MAX_VALUE, CLIENT);
    }

    /** The opcode of a whole message. */
    static int opCode(byte[] message) {
        return ByteBuffer.wrap(message, 12, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    }

    /** The OP_MSG inside an OP_COMPRESSED request, with any compressor this JVM has. */
    static byte[] decompressRequest(byte[] frame) {
        return OpCompressedDecoder.decompress(frame, Integer.MAX_VALUE, CLIENT,
                WireCompression.none()::forId);
    }

    /** {@link #reply} wrapped in OP_COMPRESSED with the compressor {@code compressorId}. */
    static byte[] compressedReply(int requestId, BsonDocument body, int compressorId) {
        byte[] plain = reply(requestId, body);
        OpCompressedEncoder encoder = new OpCompressedEncoder();
        int length = encoder.encode(plain, plain.length,
                WireCompression.none().forId(compressorId));
        return Arrays.copyOf(encoder.bytes(), length);
    }

    /** An OP_MSG answering {@code requestId} with {@code body}. */
    static byte[] reply(int requestId, BsonDocument body) {
        OpMsgEncoder encoder = new OpMsgEncoder();
        encoder.start(requestId + 1_000_000, requestId, 0, new MessageLimits(Integer.MAX_VALUE - 16 * 1024,
                Integer.MAX_VALUE));
        encoder.body(body);
        return Arrays.copyOf(encoder.bytes(), encoder.finish());
    }

    static BsonDocument ok() {
        return new BsonDocument("ok", new BsonDouble(1));
    }

    /** A legacy isMaster reply of a modern standalone. */
    static BsonDocument isMasterReply() {
        return new BsonDocument("ismaster", BsonBoolean.TRUE)
                .append("maxBsonObjectSize", new BsonInt32(16 * 1024 * 1024))
                .append("maxMessageSizeBytes", new BsonInt32(48_000_000))
                .append("maxWriteBatchSize", new BsonInt32(100_000))
                .append("minWireVersion", new BsonInt32(0))
                .append("maxWireVersion", new BsonInt32(17))
                .append("ok", new BsonDouble(1));
    }

    /** The error a server that does not know {@code hello} answers. */
    static BsonDocument commandNotFound(String name) {
        return new BsonDocument("ok", new BsonDouble(0))
                .append("errmsg", new BsonString("no such command: '" + name + "'"))
                .append("code", new BsonInt32(59))
                .append("codeName", new BsonString("CommandNotFound"));
    }
}
