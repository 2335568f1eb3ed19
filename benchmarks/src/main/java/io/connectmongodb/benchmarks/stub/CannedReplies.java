package io.connectmongodb.benchmarks.stub;

import org.bson.BsonArray;
import org.bson.BsonBoolean;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonString;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Every reply the stub can send, built once from the canned document. A cursor over
 * {@link #cursorTotal()} copies of the document is served as a first batch of
 * {@link #FIRST_BATCH} documents, full getMore batches of {@link #GET_MORE_BATCH}, and one last
 * (smaller or equal) batch with cursor id 0, so both drivers walk the same batches whatever batch
 * size they ask for.
 */
public final class CannedReplies {
    public static final String DATABASE = "bench";
    /** Collection name whose {@code find} opens the long cursor; any other collection gets one document. */
    public static final String CURSOR_COLLECTION = "many";
    public static final int FIRST_BATCH = 101;
    public static final int GET_MORE_BATCH = 1000;
    private static final long CURSOR_ID = 4242L;

    private final int cursorTotal;
    final CannedReply helloMsg;
    final CannedReply helloReply;
    final CannedReply ok;
    final CannedReply insertAck;
    final CannedReply updateAck;
    final CannedReply deleteAck;
    final CannedReply findOne;
    final CannedReply cursorFirst;
    final CannedReply cursorNext;
    final CannedReply cursorLast;
    final CannedReply legacyOnlyHandshake;

    /**
     * @param document    what every find returns (e.g. the benchmark tweet)
     * @param cursorTotal how many documents the long cursor yields in all; more than {@link #FIRST_BATCH}
     */
    public CannedReplies(BsonDocument document, int cursorTotal) {
        Objects.requireNonNull(document, "document");
        if (cursorTotal <= FIRST_BATCH) {
            throw new IllegalArgumentException("cursorTotal must exceed the first batch of " + FIRST_BATCH + ": " + cursorTotal);
        }
        this.cursorTotal = cursorTotal;
        BsonDocument hello = hello();
        helloMsg = CannedReply.opMsg(hello);
        helloReply = CannedReply.opReply(hello);
        ok = CannedReply.opMsg(new BsonDocument("ok", new BsonDouble(1)));
        insertAck = CannedReply.opMsg(new BsonDocument("n", new BsonInt32(0)).append("ok", new BsonDouble(1)), "n");
        // every statement matched and modified one document, as the official driver's bulk results require
        updateAck = CannedReply.opMsg(new BsonDocument("n", new BsonInt32(0)).append("nModified", new BsonInt32(0))
                .append("ok", new BsonDouble(1)), "n", "nModified");
        deleteAck = CannedReply.opMsg(new BsonDocument("n", new BsonInt32(0)).append("ok", new BsonDouble(1)), "n");
        findOne = CannedReply.opMsg(cursor("firstBatch", 1, 0, document, "tweets"));
        cursorFirst = CannedReply.opMsg(cursor("firstBatch", FIRST_BATCH, CURSOR_ID, document, CURSOR_COLLECTION));
        cursorNext = CannedReply.opMsg(cursor("nextBatch", GET_MORE_BATCH, CURSOR_ID, document, CURSOR_COLLECTION));
        cursorLast = CannedReply.opMsg(cursor("nextBatch", lastBatchSize(), 0, document, CURSOR_COLLECTION));
        legacyOnlyHandshake = CannedReply.opReply(new BsonDocument("ok", new BsonDouble(0))
                .append("errmsg", new BsonString("the benchmark stub answers OP_QUERY only for hello/isMaster"))
                .append("code", new BsonInt32(59)));
    }

    public int cursorTotal() {
        return cursorTotal;
    }

    /** Size of the final getMore batch: what is left after the first and the full batches. */
    int lastBatchSize() {
        int rest = (cursorTotal - FIRST_BATCH) % GET_MORE_BATCH;
        return rest == 0 ? GET_MORE_BATCH : rest;
    }

    /** A standalone, writable primary of wire version 21 (MongoDB 7.0) with sessions. */
    private static BsonDocument hello() {
        return new BsonDocument("helloOk", BsonBoolean.TRUE)
                .append("ismaster", BsonBoolean.TRUE)
                .append("isWritablePrimary", BsonBoolean.TRUE)
                .append("maxBsonObjectSize", new BsonInt32(16 * 1024 * 1024))
                .append("maxMessageSizeBytes", new BsonInt32(48_000_000))
                .append("maxWriteBatchSize", new BsonInt32(100_000))
                .append("localTime", new BsonDateTime(1_700_000_000_000L))
                .append("logicalSessionTimeoutMinutes", new BsonInt32(30))
                .append("connectionId", new BsonInt32(1))
                .append("minWireVersion", new BsonInt32(0))
                .append("maxWireVersion", new BsonInt32(21))
                .append("readOnly", BsonBoolean.FALSE)
                .append("ok", new BsonDouble(1));
    }

    private static BsonDocument cursor(String batchName, int count, long id, BsonDocument document, String collection) {
        List<org.bson.BsonValue> batch = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            batch.add(document);
        }
        BsonDocument cursor = new BsonDocument(batchName, new BsonArray(batch))
                .append("id", new BsonInt64(id))
                .append("ns", new BsonString(DATABASE + "." + collection));
        return new BsonDocument("cursor", cursor).append("ok", new BsonDouble(1));
    }
}
