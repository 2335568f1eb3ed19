package io.connectmongodb.driver.internal.client;

import io.connectmongodb.driver.error.MongoSocketReadException;
import io.connectmongodb.driver.internal.connection.RecordingConnectionSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.BsonTimestamp;
import org.bson.BsonValue;

/**
 * A scripted MongoDB 7 replica set member (or mongos) behind a {@link RecordingConnectionSource}:
 * every command succeeds with a plausible empty reply carrying {@code operationTime} and
 * {@code $clusterTime} (mongos replies in a transaction also carry a {@code recoveryToken}), unless
 * a {@code failCommand} fail point of the test matches it: then it answers with the fail point's
 * error code, labels or write concern error, or "closes the connection" (a network error). Like a
 * 4.4+ server it labels retryable codes {@code RetryableWriteError} on retryable writes and
 * transaction ends, and errors inside a transaction {@code TransientTransactionError}.
 */
final class SpecFakeServer {
    private static final Set<Integer> RETRYABLE_CODES = Set.of(6, 7, 89, 91, 189, 262, 9001, 10107, 11600, 11602,
            13435, 13436);
    private static final Set<Integer> TRANSIENT_CODES = Set.of(112, 251, 24);

    private final RecordingConnectionSource source;
    private final boolean mongos;
    private final Set<String> ignored;
    private final List<FailPoint> failPoints = new ArrayList<>();
    private int clock = 100;

    private static final class FailPoint {
        final BsonDocument data;
        int remaining;

        FailPoint(BsonDocument data, int remaining) {
            this.data = data;
            this.remaining = remaining;
        }
    }

    SpecFakeServer(String hello, Set<String> ignoredCommands) {
        this.source = new RecordingConnectionSource().withSessions(hello);
        this.mongos = hello.contains("isdbgrid");
        this.ignored = ignoredCommands;
        source.replyAlways(this::answer);
    }

    /** Why a fail point cannot be simulated, or null. */
    static String failPointReason(BsonDocument failPoint) {
        BsonDocument data = failPoint.getDocument("data", new BsonDocument());
        if (!failPoint.getString("configureFailPoint").getValue().equals("failCommand")) {
            return "fail point " + failPoint.getString("configureFailPoint").getValue();
        }
        if (data.containsKey("blockConnection") || data.containsKey("blockTimeMS")) {
            return "fail point blocking";
        }
        BsonArray labels = data.getArray("errorLabels", new BsonArray());
        if (labels.contains(new BsonString("SystemOverloadedError")) || labels.contains(new BsonString("RetryableError"))) {
            return "backpressure retries (client backpressure spec, not implemented)";
        }
        if (data.containsKey("writeConcernError")) {
            return "fail point writeConcernError";
        }
        if (!data.containsKey("errorCode") && !data.getBoolean("closeConnection", org.bson.BsonBoolean.FALSE).getValue()) {
            return "fail point without an error";
        }
        BsonValue mode = failPoint.get("mode");
        if (!(mode.isDocument() && mode.asDocument().containsKey("times")) && !(mode.isString()
                && mode.asString().getValue().equals("alwaysOn"))) {
            return "fail point mode " + mode;
        }
        return null;
    }

    RecordingConnectionSource source() {
        return source;
    }

    void addFailPoint(BsonDocument failPoint) {
        BsonValue mode = failPoint.get("mode");
        int times = mode.isDocument() ? mode.asDocument().getNumber("times").intValue() : Integer.MAX_VALUE;
        failPoints.add(new FailPoint(failPoint.getDocument("data"), times));
    }

    /** The commands sent, without those the test's client does not observe. */
    List<BsonDocument> observed() {
        return source.sent().stream().map(RecordingConnectionSource.Sent::command)
                .filter(c -> !ignored.contains(c.getFirstKey()) && !c.getFirstKey().equals("endSessions")).toList();
    }

    private BsonDocument answer(BsonDocument command) {
        String name = command.getFirstKey();
        boolean inTransaction = command.containsKey("autocommit");
        boolean transactionEnd = name.equals("commitTransaction") || name.equals("abortTransaction");
        for (FailPoint failPoint : failPoints) {
            if (failPoint.remaining > 0 && failPoint.data.getArray("failCommands").contains(new BsonString(name))) {
                failPoint.remaining--;
                if (failPoint.data.getBoolean("closeConnection", org.bson.BsonBoolean.FALSE).getValue()) {
                    throw new MongoSocketReadException("fail point closed the connection", RecordingConnectionSource.ADDRESS,
                            null);
                }
                int code = failPoint.data.getNumber("errorCode").intValue();
                BsonArray labels = failPoint.data.containsKey("errorLabels") ? failPoint.data.getArray("errorLabels").clone()
                        : serverLabels(code, command, inTransaction, transactionEnd);
                return times(new BsonDocument("ok", new BsonInt32(0)).append("code", new BsonInt32(code))
                        .append("errmsg", new BsonString("fail point")).append("errorLabels", labels));
            }
        }
        BsonDocument reply = switch (name) {
            case "find", "aggregate" -> new BsonDocument("cursor", new BsonDocument("id", new org.bson.BsonInt64(0))
                    .append("ns", new BsonString(command.getString("$db").getValue() + "." + command.get(name)))
                    .append("firstBatch", new BsonArray()));
            case "insert", "delete" -> new BsonDocument("n", new BsonInt32(1));
            case "update" -> new BsonDocument("n", new BsonInt32(1)).append("nModified", new BsonInt32(1));
            case "findAndModify" -> new BsonDocument("value", org.bson.BsonNull.VALUE);
            case "distinct" -> new BsonDocument("values", new BsonArray());
            default -> new BsonDocument();
        };
        if (mongos && inTransaction && !transactionEnd) {
            reply.append("recoveryToken", new BsonDocument("shard", new BsonString("rs0")));
        }
        return times(reply.append("ok", new BsonInt32(1)));
    }

    private static BsonArray serverLabels(int code, BsonDocument command, boolean inTransaction, boolean transactionEnd) {
        BsonArray labels = new BsonArray();
        if (RETRYABLE_CODES.contains(code) && (transactionEnd || (!inTransaction && command.containsKey("txnNumber")))) {
            labels.add(new BsonString("RetryableWriteError"));
        }
        if (inTransaction && (TRANSIENT_CODES.contains(code) || (!transactionEnd && RETRYABLE_CODES.contains(code)))) {
            labels.add(new BsonString("TransientTransactionError"));
        }
        return labels;
    }

    private BsonDocument times(BsonDocument reply) {
        clock++;
        return reply.append("operationTime", new BsonTimestamp(clock, 1))
                .append("$clusterTime", new BsonDocument("clusterTime", new BsonTimestamp(clock, 1)));
    }
}
