package io.connectmongodb.driver.internal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.ClientSession;
import io.connectmongodb.driver.MongoClient;
import io.connectmongodb.driver.MongoClientSettings;
import io.connectmongodb.driver.MongoCollection;
import io.connectmongodb.driver.error.MongoCommandException;
import io.connectmongodb.driver.internal.connection.RecordingConnectionSource;
import io.connectmongodb.driver.internal.connection.RecordingConnectionSource.Sent;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** The convenient transactions API's retries, driven by injected error replies. */
class WithTransactionTest {
    private final RecordingConnectionSource source = new RecordingConnectionSource().withSessions("{setName: 'rs'}");
    private final MongoClient client = new MongoClientImpl(MongoClientSettings.builder().build(), source);
    private final MongoCollection<Document> collection = client.getDatabase("db").getCollection("c");

    private List<String> names() {
        return source.sent().stream().map(Sent::name).toList();
    }

    @Test
    void transientTransactionErrorRunsTheWholeBodyAgain() {
        source.reply("{ok: 0, code: 112, codeName: 'WriteConflict', errorLabels: ['TransientTransactionError']}")
                .reply("{ok: 1}")
                .reply("{n: 1}")
                .reply("{ok: 1}");
        AtomicInteger runs = new AtomicInteger();
        try (ClientSession session = client.startSession()) {
            String result = session.withTransaction(() -> {
                runs.incrementAndGet();
                collection.insertOne(session, new Document("_id", 1));
                return "done";
            });
            assertEquals("done", result);
        }
        assertEquals(2, runs.get());
        assertEquals(List.of("insert", "abortTransaction", "insert", "commitTransaction"), names());
        assertEquals(new BsonInt64(1), source.sent().get(0).command().get("txnNumber"));
        assertEquals(new BsonInt64(2), source.sent().get(2).command().get("txnNumber"), "a new transaction");
        assertTrue(source.sent().get(2).command().getBoolean("startTransaction").getValue());
    }

    @Test
    void unknownCommitResultRetriesTheCommitOnlyWithMajority() {
        source.reply("{n: 1}")
                .reply("{ok: 0, code: 64, codeName: 'WriteConcernFailed', errorLabels: ['UnknownTransactionCommitResult']}")
                .reply("{ok: 0, code: 91, codeName: 'ShutdownInProgress', errorLabels: ['RetryableWriteError']}")
                .reply("{ok: 1}");
        AtomicInteger runs = new AtomicInteger();
        try (ClientSession session = client.startSession()) {
            session.withTransaction(() -> {
                runs.incrementAndGet();
                return collection.insertOne(session, new Document("_id", 1));
            });
        }
        assertEquals(1, runs.get(), "the body runs once");
        assertEquals(List.of("insert", "commitTransaction", "commitTransaction", "commitTransaction"), names());
        for (int i = 2; i <= 3; i++) {
            assertEquals(BsonDocument.parse("{w: 'majority', wtimeout: 10000}"), source.sent().get(i).command().getDocument("writeConcern"));
            assertEquals(new BsonInt64(1), source.sent().get(i).command().get("txnNumber"));
        }
    }

    @Test
    void aTransientErrorOnCommitRunsTheBodyAgain() {
        source.reply("{n: 1}")
                .reply("{ok: 0, code: 251, codeName: 'NoSuchTransaction', errorLabels: ['TransientTransactionError']}")
                .reply("{n: 1}").reply("{ok: 1}");
        AtomicInteger runs = new AtomicInteger();
        try (ClientSession session = client.startSession()) {
            session.withTransaction(() -> collection.insertOne(session, new Document("_id", runs.incrementAndGet())));
        }
        assertEquals(2, runs.get());
        assertEquals(List.of("insert", "commitTransaction", "insert", "commitTransaction"), names());
    }

    @Test
    void anErrorWithoutLabelsAbortsAndIsRethrownUnchanged() {
        source.reply("{ok: 0, code: 2, codeName: 'BadValue'}").reply("{ok: 1}");
        try (ClientSession session = client.startSession()) {
            MongoCommandException e = assertThrows(MongoCommandException.class, () -> session.withTransaction(() ->
                    collection.insertOne(session, new Document("_id", 1))));
            assertEquals(2, e.code());
        }
        assertEquals(List.of("insert", "abortTransaction"), names());
        RuntimeException own = new IllegalStateException("application failure");
        try (ClientSession session = client.startSession()) {
            assertSame(own, assertThrows(IllegalStateException.class, () -> session.withTransaction(() -> {
                throw own;
            })));
        }
        assertEquals(2, source.sent().size(), "a body that sent nothing aborts without sending");
    }

    @Test
    void aBodyThatCommitsItselfIsNotCommittedAgain() {
        source.reply("{n: 1}").reply("{ok: 1}");
        try (ClientSession session = client.startSession()) {
            session.withTransaction(() -> {
                collection.insertOne(session, new Document("_id", 1));
                session.commitTransaction();
                return null;
            });
        }
        assertEquals(List.of("insert", "commitTransaction"), names());
    }
}
