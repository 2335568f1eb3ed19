package io.connectmongodb.reliability;

import java.nio.ByteBuffer;
import java.util.List;
import org.bson.BsonArray;
import org.bson.BsonBinary;
import org.bson.BsonBoolean;
import org.bson.BsonDateTime;
import org.bson.BsonDbPointer;
import org.bson.BsonDecimal128;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonJavaScript;
import org.bson.BsonJavaScriptWithScope;
import org.bson.BsonMaxKey;
import org.bson.BsonMinKey;
import org.bson.BsonNull;
import org.bson.BsonObjectId;
import org.bson.BsonRegularExpression;
import org.bson.BsonString;
import org.bson.BsonSymbol;
import org.bson.BsonTimestamp;
import org.bson.BsonUndefined;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;

/**
 * Well-formed server replies that the fuzzer corrupts: a replica-set hello (every field the
 * handshake and SDAM read), a find reply whose documents hold every BSON type, an error reply, and
 * a reply with a kind-1 document sequence; plus the test-side OP_MSG framing.
 */
final class FuzzReplies {
    /** The maxMessageSizeBytes the fuzzed hello negotiates for the command phase. */
    static final int NEGOTIATED_MAX_MESSAGE_SIZE = 1 << 20;

    private FuzzReplies() {
    }

    static BsonDocument hello() {
        return new BsonDocument("helloOk", BsonBoolean.TRUE)
                .append("isWritablePrimary", BsonBoolean.TRUE)
                .append("topologyVersion", new BsonDocument("processId", new BsonObjectId(new ObjectId()))
                        .append("counter", new BsonInt64(3)))
                .append("maxBsonObjectSize", new BsonInt32(1 << 16))
                .append("maxMessageSizeBytes", new BsonInt32(NEGOTIATED_MAX_MESSAGE_SIZE))
                .append("maxWriteBatchSize", new BsonInt32(1000))
                .append("localTime", new BsonDateTime(1_700_000_000_000L))
                .append("logicalSessionTimeoutMinutes", new BsonInt32(30))
                .append("connectionId", new BsonInt32(7))
                .append("minWireVersion", new BsonInt32(0))
                .append("maxWireVersion", new BsonInt32(21))
                .append("readOnly", BsonBoolean.FALSE)
                .append("setName", new BsonString("rs0"))
                .append("setVersion", new BsonInt32(4))
                .append("electionId", new BsonObjectId(new ObjectId()))
                .append("hosts", new BsonArray(List.of(new BsonString("a.example:27017"), new BsonString("[::1]:27018"))))
                .append("passives", new BsonArray(List.of(new BsonString("p.example:27019"))))
                .append("arbiters", new BsonArray(List.of(new BsonString("arb.example"))))
                .append("primary", new BsonString("a.example:27017"))
                .append("me", new BsonString("a.example:27017"))
                .append("tags", new BsonDocument("dc", new BsonString("east")).append("rack", new BsonString("r1")))
                .append("lastWrite", new BsonDocument("lastWriteDate", new BsonDateTime(1_700_000_000_000L))
                        .append("opTime", new BsonDocument("ts", new BsonTimestamp(1, 2)).append("t", new BsonInt64(1))))
                .append("compression", new BsonArray(List.of(new BsonString("zlib"))))
                .append("ok", new BsonDouble(1.0));
    }

    static BsonDocument everyType(int i) {
        return new BsonDocument("_id", new BsonObjectId(new ObjectId()))
                .append("s", new BsonString("text " + i + " é"))
                .append("i", new BsonInt32(i))
                .append("l", new BsonInt64(1L << 40))
                .append("d", new BsonDouble(0.5))
                .append("dec", new BsonDecimal128(Decimal128.parse("1.25")))
                .append("bin", new BsonBinary(new byte[] {1, 2, 3}))
                .append("oldBin", new BsonBinary((byte) 2, new byte[] {4, 5}))
                .append("uuid", new BsonBinary((byte) 4, new byte[16]))
                .append("b", BsonBoolean.TRUE)
                .append("date", new BsonDateTime(0))
                .append("nil", BsonNull.VALUE)
                .append("undef", new BsonUndefined())
                .append("re", new BsonRegularExpression("^a.*", "i"))
                .append("ptr", new BsonDbPointer("db.c", new ObjectId()))
                .append("js", new BsonJavaScript("function() {}"))
                .append("sym", new BsonSymbol("sym"))
                .append("jsScope", new BsonJavaScriptWithScope("x", new BsonDocument("x", new BsonInt32(1))))
                .append("ts", new BsonTimestamp(5, 6))
                .append("min", new BsonMinKey())
                .append("max", new BsonMaxKey())
                .append("nested", new BsonDocument("a", new BsonArray(List.of(new BsonInt32(1), new BsonDocument("b", BsonBoolean.FALSE)))));
    }

    static BsonDocument findReply() {
        return new BsonDocument("cursor", new BsonDocument("firstBatch",
                new BsonArray(List.of(everyType(1), everyType(2))))
                .append("id", new BsonInt64(0)).append("ns", new BsonString("db.c")))
                .append("ok", new BsonDouble(1.0));
    }

    static BsonDocument errorReply() {
        return new BsonDocument("ok", new BsonDouble(0)).append("errmsg", new BsonString("not primary"))
                .append("code", new BsonInt32(10107)).append("codeName", new BsonString("NotWritablePrimary"))
                .append("errorLabels", new BsonArray(List.of(new BsonString("RetryableWriteError"))))
                .append("topologyVersion", new BsonDocument("processId", new BsonObjectId(new ObjectId()))
                        .append("counter", new BsonInt64(9)));
    }

    /** An OP_MSG reply to {@code responseTo}: body, then an optional kind-1 sequence. */
    static byte[] opMsg(int responseTo, BsonDocument body, String sequenceId, List<BsonDocument> sequence) {
        byte[] bodyBytes = bytes(body);
        byte[] sequenceBytes = new byte[0];
        if (sequenceId != null) {
            byte[] name = (sequenceId + "\0").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            java.io.ByteArrayOutputStream docs = new java.io.ByteArrayOutputStream();
            for (BsonDocument d : sequence) {
                docs.writeBytes(bytes(d));
            }
            int size = 4 + name.length + docs.size();
            sequenceBytes = new byte[1 + size];
            sequenceBytes[0] = 1;
            ReplyMutator.writeInt(sequenceBytes, 1, size);
            System.arraycopy(name, 0, sequenceBytes, 5, name.length);
            System.arraycopy(docs.toByteArray(), 0, sequenceBytes, 5 + name.length, docs.size());
        }
        int length = 16 + 4 + 1 + bodyBytes.length + sequenceBytes.length;
        byte[] message = new byte[length];
        ReplyMutator.writeInt(message, 0, length);
        ReplyMutator.writeInt(message, 4, 424242);
        ReplyMutator.writeInt(message, 8, responseTo);
        ReplyMutator.writeInt(message, 12, 2013);
        message[20] = 0;
        System.arraycopy(bodyBytes, 0, message, 21, bodyBytes.length);
        System.arraycopy(sequenceBytes, 0, message, 21 + bodyBytes.length, sequenceBytes.length);
        return message;
    }

    static byte[] bytes(BsonDocument document) {
        ByteBuffer buffer = new RawBsonDocument(document, new BsonDocumentCodec()).getByteBuffer().asNIO();
        byte[] out = new byte[buffer.remaining()];
        buffer.get(out);
        return out;
    }
}
