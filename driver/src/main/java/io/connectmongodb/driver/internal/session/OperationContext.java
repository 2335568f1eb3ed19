package io.connectmongodb.driver.internal.session;

import io.connectmongodb.driver.ReadConcern;
import io.connectmongodb.driver.WriteConcern;
import io.connectmongodb.driver.error.MongoClientException;
import io.connectmongodb.driver.error.MongoException;
import io.connectmongodb.driver.error.MongoTransactionNotSupportedException;
import io.connectmongodb.driver.internal.connection.ConnectionDescription;
import io.connectmongodb.driver.internal.connection.DocumentSequence;
import io.connectmongodb.driver.internal.bson.RawFields;
import io.connectmongodb.driver.internal.wire.AmendedCommand;
import java.util.ArrayList;
import java.util.List;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonTimestamp;
import org.bson.BsonType;
import org.bson.BsonValue;
import org.bson.RawBsonDocument;

/**
 * What one operation adds to every command it sends, and learns from every reply: the read/write
 * concern, sessions, transactions and retryable writes specs applied command by command.
 *
 * <p><b>In a transaction</b> (and on commit/abort): {@code lsid}, {@code txnNumber},
 * {@code autocommit: false}; the first command also {@code startTransaction: true} and the
 * transaction's {@code readConcern} (with {@code afterClusterTime} in a causally consistent
 * session), later ones no read concern; no command gets a write concern (commit/abort bring their
 * own). A server without sessions gets nothing partial: the command fails before it is sent.
 *
 * <p><b>Outside</b>: {@code readConcern} on reads (level unless the server default, plus
 * {@code afterClusterTime} when causally consistent), {@code writeConcern} on writes unless the
 * server default; {@code lsid} when the server reports {@code logicalSessionTimeoutMinutes}
 * (never for an implicit session's unacknowledged write); for a retryable write to a replica set or
 * mongos, a {@code txnNumber} — the same numbers again when the operation is retried.
 *
 * <p>Every command to a server with sessions carries the highest known {@code $clusterTime}.
 * Replies advance the cluster clock, the session's operation time and the recovery token. A
 * CRUD write with {@code w:0} is unacknowledged (sent with {@code moreToCome}).
 */
public final class OperationContext {
    private static final byte[][] REPLY_FIELDS = RawFields.names("$clusterTime", "operationTime", "recoveryToken", "cursor");
    private static final int CLUSTER_TIME = 0;
    private static final int OPERATION_TIME = 1;
    private static final int RECOVERY_TOKEN = 2;
    private static final int CURSOR = 3;
    private final ReadConcern readConcern;
    private final WriteConcern writeConcern;
    private final ClientSessionImpl session;
    private final ClusterClock clock;
    private final boolean retryWrites;
    private final List<Long> retryTransactionNumbers = new ArrayList<>();
    private int replayIndex = -1;
    private boolean retryableWriteSent;
    private ConnectionDescription lastServer;
    private boolean cursorOpen;
    private Runnable onCursorEnd;

    /** A context with concerns only (no session, no clock, no retries). */
    public OperationContext(ReadConcern readConcern, WriteConcern writeConcern) {
        this(readConcern, writeConcern, null, null, false);
    }

    public OperationContext(ReadConcern readConcern, WriteConcern writeConcern, ClientSessionImpl session,
                            ClusterClock clock, boolean retryWrites) {
        this.readConcern = readConcern;
        this.writeConcern = writeConcern;
        this.session = session;
        this.clock = clock;
        this.retryWrites = retryWrites;
    }

    public ReadConcern readConcern() {
        return readConcern;
    }

    public WriteConcern writeConcern() {
        return writeConcern;
    }

    /** Whether {@code command} is sent without awaiting a reply. */
    public boolean isUnacknowledged(BsonDocument command) {
        return !inTransaction() && !writeConcern.isAcknowledged() && CommandKinds.isCrudWrite(command);
    }

    /**
     * {@code command} with the fields this operation adds, as an {@link AmendedCommand}: the
     * command is not copied; the encoder writes the added fields while it writes the command.
     */
    public synchronized BsonDocument prepare(BsonDocument command, List<DocumentSequence> sequences,
                                             ConnectionDescription server) {
        lastServer = server;
        if (session != null) {
            session.serverSeen(server.maxWireVersion());
        }
        AmendedCommand out = new AmendedCommand(command);
        String name = CommandKinds.name(command);
        boolean transactionEnd = name.equals("commitTransaction") || name.equals("abortTransaction");
        if (session != null && (inTransaction() || transactionEnd)) {
            addTransactionFields(out, server);
        } else {
            addConcerns(out, command);
            addSessionOutsideTransaction(out, command, sequences, server);
        }
        if (server.supportsSessions() && clock != null) {
            BsonDocument clusterTime = ClusterClock.greater(clock.current(), session == null ? null : session.getClusterTime());
            if (clusterTime != null) {
                out.put("$clusterTime", clusterTime, true);
            }
        }
        return out;
    }

    private boolean inTransaction() {
        return session != null && session.transaction().state().isActive();
    }

    private void addTransactionFields(AmendedCommand out, ConnectionDescription server) {
        if (!server.supportsSessions()) {
            throw new MongoTransactionNotSupportedException("the server at " + server.address()
                    + " does not support sessions, so it cannot run transactions; nothing was sent");
        }
        ServerSession serverSession = session.serverSession(server.logicalSessionTimeoutMinutes());
        out.put("lsid", serverSession.commandIdentifier(), true);
        out.put("txnNumber", new BsonInt64(serverSession.transactionNumber()), true);
        BsonDocument firstReadConcern = null;
        if (session.transaction().state() == TransactionState.STARTING) {
            out.put("startTransaction", BsonBoolean.TRUE, true);
            firstReadConcern = session.transactionReadConcern().toDocument();
            addAfterClusterTime(firstReadConcern);
        }
        // the command's own read concern never goes with a transaction; the first command's goes last
        if (firstReadConcern != null && !firstReadConcern.isEmpty()) {
            out.append("readConcern", firstReadConcern);
        } else {
            out.removeField("readConcern");
        }
        out.put("autocommit", BsonBoolean.FALSE, true);
    }

    private void addConcerns(AmendedCommand out, BsonDocument command) {
        if (CommandKinds.takesReadConcern(command) && !command.containsKey("readConcern")) {
            BsonDocument document = readConcernDocument();
            if (document != null) {
                out.put("readConcern", document, true);
            }
        }
        if (CommandKinds.takesWriteConcern(command) && !command.containsKey("writeConcern")
                && !writeConcern.isServerDefault()) {
            out.put("writeConcern", writeConcern.toDocument(), true);
        }
    }

    /** The read concern to send outside a transaction, or null when there is none (the server default). */
    private BsonDocument readConcernDocument() {
        boolean afterClusterTime = session != null && session.isCausallyConsistent() && session.getOperationTime() != null;
        if (readConcern.level() == null && !afterClusterTime) {
            return null; // nothing to send: skip building an empty document
        }
        BsonDocument document = readConcern.toDocument();
        addAfterClusterTime(document);
        return document;
    }

    private void addAfterClusterTime(BsonDocument readConcernDocument) {
        if (session != null && session.isCausallyConsistent() && session.getOperationTime() != null) {
            readConcernDocument.put("afterClusterTime", session.getOperationTime());
        }
    }

    private void addSessionOutsideTransaction(AmendedCommand out, BsonDocument command, List<DocumentSequence> sequences,
                                              ConnectionDescription server) {
        boolean unacknowledged = isUnacknowledged(command);
        if (session == null || !server.supportsSessions()) {
            if (session != null && !session.isImplicit() && unacknowledged) {
                throw new MongoClientException("unacknowledged writes cannot run in an explicit session");
            }
            return;
        }
        if (unacknowledged) {
            if (!session.isImplicit()) {
                throw new MongoClientException("unacknowledged writes cannot run in an explicit session");
            }
            return;
        }
        ServerSession serverSession = session.serverSession(server.logicalSessionTimeoutMinutes());
        out.put("lsid", serverSession.commandIdentifier(), true);
        if (retryWrites && CommandKinds.isRetryableWrite(command, sequences) && ServerKinds.supportsRetryableWrites(server)) {
            out.put("txnNumber", new BsonInt64(transactionNumberForWrite(serverSession)), true);
            retryableWriteSent = true;
        }
    }

    /** A new number on the first attempt; on a retry, the numbers of the first attempt in the same order. */
    private long transactionNumberForWrite(ServerSession serverSession) {
        if (replayIndex >= 0 && replayIndex < retryTransactionNumbers.size()) {
            return retryTransactionNumbers.get(replayIndex++);
        }
        long number = serverSession.nextTransactionNumber();
        retryTransactionNumbers.add(number);
        return number;
    }

    /** Called after a command of this operation was handed to the connection, whatever its outcome. */
    public void sent(BsonDocument command, ConnectionDescription server) {
        if (session != null && inTransaction()) {
            session.transaction().commandSent();
            if (ServerKinds.isMongos(server) && session.pinnedMongos() == null) {
                session.pin(server.address());
            }
        }
        if (CommandKinds.name(command).equals("killCursors")) {
            cursorEnded();
        }
    }

    /** Learns from a reply (or an error's reply). */
    public void onReply(BsonDocument reply, ConnectionDescription server) {
        if (reply instanceof RawBsonDocument raw) {
            onRawReply(raw);
            return;
        }
        BsonValue clusterTime = reply.get("$clusterTime");
        BsonValue operationTime = reply.get("operationTime");
        BsonValue token = reply.get("recoveryToken");
        BsonValue cursor = reply.get("cursor");
        Long cursorId = cursor instanceof BsonDocument document && document.isNumber("id")
                ? document.getNumber("id").longValue() : null;
        learn(clusterTime instanceof BsonDocument document ? document : null,
                operationTime != null && operationTime.isTimestamp() ? operationTime.asTimestamp() : null,
                token instanceof BsonDocument document ? document : null, cursorId);
    }

    /** The same for a received reply, found in one pass over its bytes ({@link RawFields}). */
    private void onRawReply(RawBsonDocument reply) {
        RawFields fields = RawFields.of(reply, REPLY_FIELDS);
        BsonDocument clusterTime = fields.type(CLUSTER_TIME) == BsonType.DOCUMENT.getValue()
                ? detached(fields.document(CLUSTER_TIME)) : null;
        BsonTimestamp operationTime = fields.type(OPERATION_TIME) == BsonType.TIMESTAMP.getValue()
                ? new BsonTimestamp(fields.int64(OPERATION_TIME)) : null;
        BsonDocument token = fields.type(RECOVERY_TOKEN) == BsonType.DOCUMENT.getValue()
                ? detached(fields.document(RECOVERY_TOKEN)) : null;
        Long cursorId = fields.type(CURSOR) == BsonType.DOCUMENT.getValue()
                ? ReplyCursorId.read(fields.bytes(), fields.offset(CURSOR)) : null;
        learn(clusterTime, operationTime, token, cursorId);
    }

    /** A copy of a small embedded document, so what the session keeps does not pin the whole reply. */
    private static RawBsonDocument detached(RawBsonDocument view) {
        java.nio.ByteBuffer buffer = view.getByteBuffer().asNIO();
        int start = buffer.arrayOffset() + buffer.position();
        byte[] copy = java.util.Arrays.copyOfRange(buffer.array(), start, start + buffer.remaining());
        return new RawBsonDocument(copy);
    }

    private void learn(BsonDocument clusterTime, BsonTimestamp operationTime, BsonDocument token, Long cursorId) {
        if (clusterTime != null) {
            if (clock != null) {
                clock.advance(clusterTime);
            }
            if (session != null) {
                session.advanceClusterTime(clusterTime);
            }
        }
        if (session != null && operationTime != null) {
            session.advanceOperationTime(operationTime);
        }
        if (session != null && token != null && session.hasActiveTransaction()) {
            session.recoveryToken(token);
        }
        if (cursorId != null) {
            boolean open = cursorId != 0;
            synchronized (this) {
                cursorOpen = open;
            }
            if (!open) {
                cursorEnded();
            }
        }
    }

    /** Labels and session bookkeeping for an error met by a command of this operation. */
    public void onError(BsonDocument command, MongoException error) {
        if (session == null) {
            return;
        }
        if (RetryableErrors.isNetworkError(error)) {
            session.markDirty();
        }
        String name = CommandKinds.name(command);
        boolean transactionEnd = name.equals("commitTransaction") || name.equals("abortTransaction");
        if (inTransaction() && !transactionEnd && RetryableErrors.isNetworkError(error)) {
            error.addErrorLabel(RetryableErrors.TRANSIENT_TRANSACTION_ERROR);
        }
        if (error.hasErrorLabel(RetryableErrors.TRANSIENT_TRANSACTION_ERROR)) {
            session.unpin();
        }
        if (!inTransaction() && command.containsKey("txnNumber") && RetryableErrors.isNetworkError(error)) {
            error.addErrorLabel(RetryableErrors.RETRYABLE_WRITE_ERROR);
        }
    }

    /** Whether a retryable write (with a {@code txnNumber}) was sent, so the operation may be retried. */
    public synchronized boolean sentRetryableWrite() {
        return retryableWriteSent;
    }

    /** The server of the last command, or null when nothing was prepared. */
    public synchronized ConnectionDescription lastServer() {
        return lastServer;
    }

    /** Prepares a second attempt: its retryable writes reuse the first attempt's transaction numbers. */
    public synchronized void startRetry() {
        replayIndex = 0;
    }

    /** Whether the operation left a server cursor open (whose getMore/killCursors still need the session). */
    public synchronized boolean cursorOpen() {
        return cursorOpen;
    }

    /** Runs {@code action} once, when the cursor this operation opened is exhausted or killed. */
    public void whenCursorEnds(Runnable action) {
        boolean runNow;
        synchronized (this) {
            runNow = !cursorOpen;
            if (!runNow) {
                onCursorEnd = action;
            }
        }
        if (runNow) {
            action.run();
        }
    }

    private void cursorEnded() {
        Runnable action;
        synchronized (this) {
            cursorOpen = false;
            action = onCursorEnd;
            onCursorEnd = null;
        }
        if (action != null) {
            action.run();
        }
    }
}
