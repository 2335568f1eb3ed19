package io.connectmongodb.driver.internal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.ClientSession;
import io.connectmongodb.driver.MongoClient;
import io.connectmongodb.driver.MongoClientSettings;
import io.connectmongodb.driver.MongoCollection;
import io.connectmongodb.driver.ReadConcern;
import io.connectmongodb.driver.TransactionOptions;
import io.connectmongodb.driver.WriteConcern;
import io.connectmongodb.driver.error.MongoCommandException;
import io.connectmongodb.driver.error.MongoSocketReadException;
import io.connectmongodb.driver.error.MongoTransactionNotSupportedException;
import io.connectmongodb.driver.error.MongoTransactionStateException;
import io.connectmongodb.driver.internal.connection.RecordingConnectionSource;
import io.connectmongodb.driver.internal.connection.RecordingConnectionSource.Sent;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * Transaction, retryable write and retryable read commands on the wire, as the transactions,
 * convenient-transactions and retryable-writes/reads specs describe them.
 */
class TransactionCommandShapeTest {
    private final RecordingConnectionSource source = new RecordingConnectionSource().withSessions("{setName: 'rs'}");
    private final MongoClient client = new MongoClientImpl(MongoClientSettings.builder()
            .writeConcern(WriteConcern.MAJORITY).build(), source);
    private final MongoCollection<Document> collection = client.getDatabase("db").getCollection("c");

    private static void assertTransactionFields(Sent sent, BsonDocument lsid, long txnNumber, boolean first) {
        BsonDocument command = sent.command();
        assertEquals(lsid, command.getDocument("lsid"), sent.name());
        assertEquals(new BsonInt64(txnNumber), command.get("txnNumber"), sent.name());
        assertEquals(BsonBoolean.FALSE, command.get("autocommit"), sent.name());
        assertEquals(first, command.containsKey("startTransaction"), sent.name() + " startTransaction only on the first");
        if (first) {
            assertEquals(BsonBoolean.TRUE, command.get("startTransaction"));
        }
    }

    @Test
    void startTransactionOnAStandaloneFailsAtOnceAndSendsNothing() {
        RecordingConnectionSource standalone = new RecordingConnectionSource();
        MongoClient standaloneClient = new MongoClientImpl(MongoClientSettings.builder().build(), standalone);
        try (ClientSession session = standaloneClient.startSession()) {
            MongoTransactionNotSupportedException e = assertThrows(MongoTransactionNotSupportedException.class,
                    session::startTransaction);
            assertTrue(e.getMessage().contains("does not support transactions"), e.getMessage());
            assertFalse(session.hasActiveTransaction());
        }
        assertEquals(0, standalone.sent().size());
        assertEquals(0, new RecordingConnectionSource().withSessions("{}").sent().size());
        RecordingConnectionSource plainWithSessions = new RecordingConnectionSource().withSessions("{}");
        try (ClientSession session = new MongoClientImpl(MongoClientSettings.builder().build(), plainWithSessions).startSession()) {
            assertThrows(MongoTransactionNotSupportedException.class, session::startTransaction, "a standalone with sessions");
        }
    }

    @Test
    void committedTransactionShapes() {
        try (ClientSession session = client.startSession()) {
            source.reply("{n: 1}").reply(ClientTestSupport.EMPTY_CURSOR).reply("{ok: 1}").reply("{ok: 1}");
            session.startTransaction(TransactionOptions.builder().readConcern(ReadConcern.SNAPSHOT)
                    .writeConcern(WriteConcern.w(1)).build());
            collection.insertOne(session, new Document("_id", 1));
            collection.find(session, new Document()).first();
            session.commitTransaction();
            session.commitTransaction();

            List<Sent> sent = source.sent();
            BsonDocument lsid = session.getSessionId();
            assertTransactionFields(sent.get(0), lsid, 1, true);
            assertEquals(BsonDocument.parse("{level: 'snapshot'}"), sent.get(0).command().getDocument("readConcern"));
            assertFalse(sent.get(0).command().containsKey("writeConcern"), "no write concern inside a transaction");
            assertTransactionFields(sent.get(1), lsid, 1, false);
            assertFalse(sent.get(1).command().containsKey("readConcern"), "readConcern only on the first command");
            assertEquals("commitTransaction", sent.get(2).name());
            assertEquals("admin", sent.get(2).command().getString("$db").getValue());
            assertTransactionFields(sent.get(2), lsid, 1, false);
            assertEquals(BsonDocument.parse("{w: 1}"), sent.get(2).command().getDocument("writeConcern"));
            assertEquals(BsonDocument.parse("{w: 'majority', wtimeout: 10000}"), sent.get(3).command().getDocument("writeConcern"),
                    "committed again: majority");
            assertTransactionFields(sent.get(3), lsid, 1, false);
        }
    }

    @Test
    void abortedTransactionAndTheNextOneUseTheNextNumber() {
        try (ClientSession session = client.startSession()) {
            source.reply("{n: 1}").reply("{ok: 1}").reply("{n: 1}").reply("{ok: 1}");
            session.startTransaction();
            collection.insertOne(session, new Document("_id", 1));
            session.abortTransaction();
            assertThrows(MongoTransactionStateException.class, session::commitTransaction);
            assertThrows(MongoTransactionStateException.class, session::abortTransaction);
            session.startTransaction();
            collection.insertOne(session, new Document("_id", 2));
            session.commitTransaction();
            assertThrows(MongoTransactionStateException.class, session::abortTransaction);

            List<Sent> sent = source.sent();
            assertEquals("abortTransaction", sent.get(1).name());
            assertTransactionFields(sent.get(1), session.getSessionId(), 1, false);
            assertEquals(BsonDocument.parse("{w: 'majority'}"), sent.get(1).command().getDocument("writeConcern"),
                    "the client's write concern is the transaction's default");
            assertTransactionFields(sent.get(2), session.getSessionId(), 2, true);
            assertTransactionFields(sent.get(3), session.getSessionId(), 2, false);
        }
    }

    @Test
    void emptyTransactionsSendNothing() {
        try (ClientSession session = client.startSession()) {
            session.startTransaction();
            session.commitTransaction();
            session.startTransaction();
            session.abortTransaction();
        }
        assertEquals(0, source.sent().size());
    }

    @Test
    void mongosRecoveryTokenIsSentOnCommitAndTheSessionIsPinned() {
        RecordingConnectionSource mongos = new RecordingConnectionSource().withSessions("{msg: 'isdbgrid'}");
        MongoClient mongosClient = new MongoClientImpl(MongoClientSettings.builder().build(), mongos);
        try (ClientSession session = mongosClient.startSession()) {
            mongos.reply("{n: 1, recoveryToken: {shard: 'a'}}").reply("{ok: 1}");
            session.startTransaction();
            mongosClient.getDatabase("db").getCollection("c").insertOne(session, new Document("_id", 1));
            session.commitTransaction();
            assertEquals(BsonDocument.parse("{shard: 'a'}"), mongos.sent().get(1).command().getDocument("recoveryToken"));
            assertEquals(RecordingConnectionSource.ADDRESS,
                    ((io.connectmongodb.driver.internal.session.ClientSessionImpl) session).pinnedMongos());
        }
    }

    @Test
    void commitIsRetriedOnceWithMajority() {
        try (ClientSession session = client.startSession()) {
            source.reply("{n: 1}")
                    .reply("{ok: 0, code: 189, codeName: 'PrimarySteppedDown', errorLabels: ['RetryableWriteError']}")
                    .reply("{ok: 1}");
            session.startTransaction(TransactionOptions.builder().writeConcern(WriteConcern.w(1)).build());
            collection.insertOne(session, new Document("_id", 1));
            session.commitTransaction();
            List<Sent> sent = source.sent();
            assertEquals(List.of("insert", "commitTransaction", "commitTransaction"), sent.stream().map(Sent::name).toList());
            assertEquals(BsonDocument.parse("{w: 1}"), sent.get(1).command().getDocument("writeConcern"));
            assertEquals(BsonDocument.parse("{w: 'majority', wtimeout: 10000}"), sent.get(2).command().getDocument("writeConcern"));
            assertTransactionFields(sent.get(2), session.getSessionId(), 1, false);
        }
    }

    @Test
    void retryableWriteIsRetriedOnceWithTheSameTransactionNumber() {
        source.reply("{ok: 0, code: 10107, codeName: 'NotWritablePrimary', errorLabels: ['RetryableWriteError']}")
                .reply("{n: 1}");
        collection.insertOne(new Document("_id", 1));
        List<Sent> sent = source.sent();
        assertEquals(2, sent.size());
        assertEquals(new BsonInt64(1), sent.get(0).command().get("txnNumber"));
        assertEquals(sent.get(0).command().get("txnNumber"), sent.get(1).command().get("txnNumber"));
        assertEquals(sent.get(0).command().get("lsid"), sent.get(1).command().get("lsid"));
        assertEquals(BsonDocument.parse("{w: 'majority'}"), sent.get(1).command().getDocument("writeConcern"));
    }

    @Test
    void aRetryableWriteConcernErrorIsRetriedOnce() {
        source.reply("{ok: 1, n: 1, writeConcernError: {code: 91, codeName: 'ShutdownInProgress', errmsg: 'shutting down'},"
                        + " errorLabels: ['RetryableWriteError']}")
                .reply("{ok: 1, n: 1}");
        collection.insertOne(new Document("_id", 1));
        List<Sent> sent = source.sent();
        assertEquals(2, sent.size(), "retried once after the labelled write concern error");
        assertEquals(sent.get(0).command().get("txnNumber"), sent.get(1).command().get("txnNumber"));

        source.reply("{ok: 1, n: 1, writeConcernError: {code: 64, codeName: 'WriteConcernFailed', errmsg: 'waiting timed out'}}");
        io.connectmongodb.driver.error.MongoWriteConcernException e = assertThrows(
                io.connectmongodb.driver.error.MongoWriteConcernException.class,
                () -> collection.insertOne(new Document("_id", 2)));
        assertEquals(64, e.code());
        assertEquals(3, source.sent().size(), "an unlabelled write concern error is not retried");
    }

    @Test
    void networkErrorsAreRetriedAndASecondFailureIsThrown() {
        AtomicInteger calls = new AtomicInteger();
        source.replyWith(c -> {
            calls.incrementAndGet();
            throw new MongoSocketReadException("reset", RecordingConnectionSource.ADDRESS, null);
        }).replyWith(c -> {
            calls.incrementAndGet();
            throw new MongoSocketReadException("reset again", RecordingConnectionSource.ADDRESS, null);
        });
        MongoSocketReadException e = assertThrows(MongoSocketReadException.class,
                () -> collection.deleteOne(new Document("_id", 1)));
        assertEquals("reset again", e.getMessage());
        assertTrue(e.hasErrorLabel("RetryableWriteError"));
        assertEquals(2, calls.get(), "exactly one retry");
    }

    @Test
    void multiDocumentWritesAndDisabledRetriesAreNotRetried() {
        source.reply("{ok: 0, code: 10107, errorLabels: ['RetryableWriteError']}");
        assertThrows(MongoCommandException.class, () -> collection.updateMany(new Document(),
                new Document("$set", new Document("a", 1))));
        assertFalse(source.sent().get(0).command().containsKey("txnNumber"), "updateMany is not retryable");
        assertEquals(1, source.sent().size());

        RecordingConnectionSource noRetry = new RecordingConnectionSource().withSessions("{setName: 'rs'}");
        MongoCollection<Document> noRetryCollection = new MongoClientImpl(MongoClientSettings.builder().retryWrites(false)
                .retryReads(false).build(), noRetry).getDatabase("db").getCollection("c");
        noRetry.reply("{ok: 0, code: 10107, errorLabels: ['RetryableWriteError']}").reply("{ok: 0, code: 10107}");
        assertThrows(MongoCommandException.class, () -> noRetryCollection.insertOne(new Document("_id", 1)));
        assertThrows(MongoCommandException.class, () -> noRetryCollection.find().first());
        assertFalse(noRetry.sent().get(0).command().containsKey("txnNumber"));
        assertEquals(2, noRetry.sent().size());
    }

    @Test
    void readsAreRetriedOnce() {
        source.replyWith(c -> {
            throw new MongoSocketReadException("reset", RecordingConnectionSource.ADDRESS, null);
        }).reply("{cursor: {id: NumberLong(0), ns: 'db.c', firstBatch: [{_id: 1}]}}");
        assertEquals(new Document("_id", 1), collection.find().first());
        assertEquals(List.of("find", "find"), source.sent().stream().map(Sent::name).toList());
    }

    @Test
    void nothingIsRetriedInsideATransaction() {
        try (ClientSession session = client.startSession()) {
            source.reply("{ok: 0, code: 10107, errorLabels: ['RetryableWriteError']}").reply("{ok: 1}");
            session.startTransaction();
            assertThrows(MongoCommandException.class, () -> collection.insertOne(session, new Document("_id", 1)));
        }
        assertEquals(List.of("insert", "abortTransaction"), source.sent().stream().map(Sent::name).toList(),
                "closing the session aborts the transaction");
    }
}
