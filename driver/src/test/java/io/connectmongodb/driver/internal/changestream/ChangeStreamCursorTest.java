package io.connectmongodb.driver.internal.changestream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.changestream.ChangeStreamCursor;
import io.connectmongodb.driver.changestream.ChangeStreamEvent;
import io.connectmongodb.driver.changestream.FullDocument;
import io.connectmongodb.driver.changestream.FullDocumentBeforeChange;
import io.connectmongodb.driver.changestream.OperationType;
import io.connectmongodb.driver.error.MongoChangeStreamException;
import io.connectmongodb.driver.error.MongoCommandException;
import io.connectmongodb.driver.error.MongoSocketReadException;
import io.connectmongodb.driver.internal.async.AsyncRunner;
import io.connectmongodb.driver.internal.connection.RecordingConnectionSource;
import io.connectmongodb.driver.internal.operation.Operation;
import io.connectmongodb.driver.model.MongoNamespace;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bson.BsonDocument;
import org.bson.BsonTimestamp;
import org.bson.Document;
import org.bson.codecs.configuration.CodecRegistries;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.codecs.DocumentCodecProvider;
import org.bson.codecs.BsonValueCodecProvider;
import org.bson.codecs.ValueCodecProvider;
import org.junit.jupiter.api.Test;

/** The change stream's commands, token caching and resume decisions, against scripted replies. */
class ChangeStreamCursorTest {
    private static final CodecRegistry REGISTRY = CodecRegistries.fromProviders(new ValueCodecProvider(),
            new BsonValueCodecProvider(), new DocumentCodecProvider());
    private static final AsyncRunner ASYNC = new AsyncRunner(1, 0);
    private static final MongoNamespace NS = new MongoNamespace("db", "users");

    private final RecordingConnectionSource source = new RecordingConnectionSource();

    private final OperationRunner runner = new OperationRunner() {
        @Override
        public <R> R run(Operation<R> operation) {
            return operation.execute(source);
        }
    };

    private ChangeStreamIterableImpl<Document> watch() {
        return new ChangeStreamIterableImpl<>(runner, ASYNC, ChangeStreamTarget.collection(NS), REGISTRY, List.of(), Document.class);
    }

    private static String event(int token, int id) {
        return "{_id: {_data: 't" + token + "'}, operationType: 'insert', ns: {db: 'db', coll: 'users'}, documentKey: {_id: " + id
                + "}, fullDocument: {_id: " + id + "}, clusterTime: {$timestamp: {t: 1, i: " + token + "}}}";
    }

    private static String firstBatch(long cursorId, String... events) {
        return "{cursor: {id: " + cursorId + ", ns: 'db.users', firstBatch: [" + String.join(",", events) + "]}}";
    }

    private static String nextBatch(long cursorId, String pbrt, String... events) {
        return "{cursor: {id: " + cursorId + ", ns: 'db.users', nextBatch: [" + String.join(",", events) + "]"
                + (pbrt == null ? "" : ", postBatchResumeToken: " + pbrt) + "}}";
    }

    private BsonDocument changeStreamStage(int commandIndex) {
        return source.sent().get(commandIndex).command().getArray("pipeline").get(0).asDocument().getDocument("$changeStream");
    }

    @Test
    void aggregateCarriesTheOptionsAndThePipeline() {
        source.reply(firstBatch(5));
        ChangeStreamCursor<Document> cursor = new ChangeStreamIterableImpl<>(runner, ASYNC, ChangeStreamTarget.collection(NS), REGISTRY,
                List.of(new Document("$match", new Document("operationType", "insert"))), Document.class)
                .fullDocument(FullDocument.UPDATE_LOOKUP).fullDocumentBeforeChange(FullDocumentBeforeChange.WHEN_AVAILABLE)
                .resumeAfter(BsonDocument.parse("{_data: 'saved'}")).batchSize(3).maxAwaitTime(2, TimeUnit.SECONDS).cursor();
        BsonDocument aggregate = source.sent().get(0).command();
        assertEquals("users", aggregate.getString("aggregate").getValue());
        assertEquals(BsonDocument.parse("{fullDocument: 'updateLookup', fullDocumentBeforeChange: 'whenAvailable', "
                + "resumeAfter: {_data: 'saved'}}"), changeStreamStage(0));
        assertEquals(BsonDocument.parse("{$match: {operationType: 'insert'}}"), aggregate.getArray("pipeline").get(1));
        assertEquals(BsonDocument.parse("{batchSize: 3}"), aggregate.getDocument("cursor"));
        assertEquals("db", aggregate.getString("$db").getValue());

        source.reply(nextBatch(5, null));
        assertNull(cursor.tryNext());
        BsonDocument getMore = source.sent().get(1).command();
        assertEquals(2000, getMore.getNumber("maxTimeMS").longValue());
        assertEquals(3, getMore.getNumber("batchSize").intValue());
    }

    @Test
    void databaseAndClusterStreamsAggregateOnOne() {
        source.reply(firstBatch(0));
        new ChangeStreamIterableImpl<>(runner, ASYNC, ChangeStreamTarget.database("db"), REGISTRY, List.of(), Document.class).cursor();
        source.reply(firstBatch(0));
        new ChangeStreamIterableImpl<>(runner, ASYNC, ChangeStreamTarget.cluster(), REGISTRY, List.of(), Document.class).cursor();
        assertEquals(1, source.sent().get(0).command().getInt32("aggregate").getValue());
        assertEquals("db", source.sent().get(0).command().getString("$db").getValue());
        assertEquals("admin", source.sent().get(1).command().getString("$db").getValue());
        assertEquals(BsonDocument.parse("{allChangesForCluster: true}"), changeStreamStage(1));
    }

    @Test
    void onlyOneStartingPointIsAccepted() {
        ChangeStreamIterableImpl<Document> iterable = watch();
        iterable.resumeAfter(BsonDocument.parse("{_data: 'a'}")).startAtOperationTime(new BsonTimestamp(1, 1));
        assertThrows(IllegalArgumentException.class, iterable::cursor);
        assertTrue(source.sent().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> watch().batchSize(-1));
    }

    @Test
    void eventsAreDecodedAndTheirTokensCached() {
        source.reply(firstBatch(5, event(1, 10), event(2, 11)));
        ChangeStreamCursor<Document> cursor = watch().cursor();
        ChangeStreamEvent<Document> first = cursor.next();
        assertEquals(OperationType.INSERT, first.getOperationType());
        assertEquals(NS, first.getNamespace());
        assertEquals(new Document("_id", 10), first.getFullDocument());
        assertEquals(new BsonTimestamp(1, 1), first.getClusterTime());
        assertEquals(BsonDocument.parse("{_data: 't1'}"), cursor.getResumeToken());
        cursor.next();
        assertEquals(BsonDocument.parse("{_data: 't2'}"), cursor.getResumeToken());
    }

    @Test
    void postBatchResumeTokenIsCachedForEmptyBatchesAndAfterTheLastEventOfABatch() {
        source.reply(firstBatch(5));
        ChangeStreamCursor<Document> cursor = watch().cursor();
        source.reply(nextBatch(5, "{_data: 'pb1'}"));
        assertNull(cursor.tryNext());
        assertEquals(BsonDocument.parse("{_data: 'pb1'}"), cursor.getResumeToken());
        source.reply(nextBatch(5, "{_data: 'pb2'}", event(3, 12), event(4, 13)));
        cursor.tryNext();
        assertEquals(BsonDocument.parse("{_data: 't3'}"), cursor.getResumeToken());
        cursor.tryNext();
        assertEquals(BsonDocument.parse("{_data: 'pb2'}"), cursor.getResumeToken());
    }

    @Test
    void networkErrorResumesOnceAfterTheLastEventWithoutRepeatingIt() {
        source.reply(firstBatch(5, event(1, 10)));
        ChangeStreamCursor<Document> cursor = watch().cursor();
        assertEquals(10, cursor.next().getFullDocument().getInteger("_id"));
        source.replyWith(command -> {
            throw new MongoSocketReadException("connection reset", RecordingConnectionSource.ADDRESS);
        });
        source.reply(firstBatch(6, event(2, 11)));
        assertEquals(11, cursor.next().getFullDocument().getInteger("_id"));
        assertEquals(BsonDocument.parse("{resumeAfter: {_data: 't1'}}"), changeStreamStage(2));
        assertEquals("aggregate", source.sent().get(2).name());
    }

    @Test
    void startAfterIsKeptWhenResumingBeforeAnyEvent() {
        source.reply(firstBatch(5));
        ChangeStreamCursor<Document> cursor = watch().startAfter(BsonDocument.parse("{_data: 'inv'}")).cursor();
        source.replyWith(command -> {
            throw new MongoSocketReadException("connection reset", RecordingConnectionSource.ADDRESS);
        });
        source.reply(firstBatch(0));
        assertNull(cursor.tryNext());
        assertEquals(BsonDocument.parse("{startAfter: {_data: 'inv'}}"), changeStreamStage(2));
    }

    @Test
    void withoutATokenTheStreamResumesAtTheFirstOperationTime() {
        source.reply("{cursor: {id: 5, ns: 'db.users', firstBatch: []}, operationTime: {$timestamp: {t: 7, i: 3}}}");
        ChangeStreamCursor<Document> cursor = watch().cursor();
        source.reply("{ok: 0, code: 43, codeName: 'CursorNotFound', errmsg: 'gone', errorLabels: ['ResumableChangeStreamError']}");
        source.reply(firstBatch(0));
        assertNull(cursor.tryNext());
        assertEquals(BsonDocument.parse("{startAtOperationTime: {$timestamp: {t: 7, i: 3}}}"), changeStreamStage(2));
    }

    @Test
    void nonResumableErrorsReachTheCallerAndCloseTheStream() {
        source.reply(firstBatch(5));
        ChangeStreamCursor<Document> cursor = watch().cursor();
        source.reply("{ok: 0, code: 2, codeName: 'BadValue', errmsg: 'bad'}");
        MongoCommandException error = assertThrows(MongoCommandException.class, cursor::tryNext);
        assertEquals(2, error.code());
        assertThrows(IllegalStateException.class, cursor::tryNext);
        assertEquals(2, source.sent().size());
    }

    @Test
    void aSecondFailureDuringTheResumeIsNotRetried() {
        source.reply(firstBatch(5));
        ChangeStreamCursor<Document> cursor = watch().cursor();
        source.replyWith(command -> {
            throw new MongoSocketReadException("reset", RecordingConnectionSource.ADDRESS);
        });
        source.replyWith(command -> {
            throw new MongoSocketReadException("still down", RecordingConnectionSource.ADDRESS);
        });
        MongoSocketReadException error = assertThrows(MongoSocketReadException.class, cursor::tryNext);
        assertEquals(1, error.getSuppressed().length);
        assertEquals(3, source.sent().size());
        assertThrows(IllegalStateException.class, cursor::tryNext);
    }

    @Test
    void anEventWithoutItsResumeTokenStopsTheStream() {
        source.reply(firstBatch(5, "{operationType: 'insert', documentKey: {_id: 1}}"));
        ChangeStreamCursor<Document> cursor = watch().cursor();
        source.reply("{cursorsKilled: [5]}");
        assertThrows(MongoChangeStreamException.class, cursor::tryNext);
        assertEquals("killCursors", source.sent().get(1).name());
    }

    @Test
    void labelsDecideResumabilityFromWireVersionNine() {
        MongoCommandException labelled = new MongoCommandException(BsonDocument.parse(
                "{ok: 0, code: 280, errmsg: 'x', errorLabels: ['ResumableChangeStreamError']}"), RecordingConnectionSource.ADDRESS);
        MongoCommandException listedCode = new MongoCommandException(BsonDocument.parse("{ok: 0, code: 91, errmsg: 'x'}"),
                RecordingConnectionSource.ADDRESS);
        assertTrue(ResumableErrors.isResumable(labelled, 21));
        assertFalse(ResumableErrors.isResumable(listedCode, 21));
        assertTrue(ResumableErrors.isResumable(listedCode, 8));
        assertTrue(ResumableErrors.isResumable(new MongoSocketReadException("x", RecordingConnectionSource.ADDRESS), 21));
        assertFalse(ResumableErrors.isResumable(new IllegalStateException("x"), 21));
    }

    @Test
    void serverClosedStreamEndsHasNext() {
        source.reply(firstBatch(0, event(1, 10)));
        ChangeStreamCursor<Document> cursor = watch().cursor();
        assertTrue(cursor.hasNext());
        cursor.next();
        assertFalse(cursor.hasNext());
    }
}
