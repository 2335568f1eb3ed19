package io.connectmongodb.driver.internal.cursor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.error.MongoCommandException;
import io.connectmongodb.driver.internal.connection.RecordingConnectionSource;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.Document;
import org.bson.codecs.DocumentCodec;
import org.junit.jupiter.api.Test;

/** Cursor state: first batch, getMore, exhaustion, early close with exactly one killCursors, limit, use after close. */
class CommandCursorTest {
    private final RecordingConnectionSource source = new RecordingConnectionSource();

    private static BsonDocument cursorDoc(long id, String batchJson) {
        return BsonDocument.parse("{id: NumberLong(" + id + "), ns: 'db.c', firstBatch: " + batchJson + "}");
    }

    private CommandCursor<Document> cursor(long id, String batchJson, CursorSettings settings) {
        return new CommandCursor<>(source, cursorDoc(id, batchJson), new DocumentCodec(), settings);
    }

    private static List<Integer> ids(CommandCursor<Document> cursor) {
        List<Integer> ids = new ArrayList<>();
        cursor.forEachRemaining(d -> ids.add(d.getInteger("_id")));
        return ids;
    }

    @Test
    void exhaustedFirstBatchSendsNothing() {
        CommandCursor<Document> cursor = cursor(0, "[{_id: 1}, {_id: 2}]", CursorSettings.defaults());
        assertEquals(List.of(1, 2), ids(cursor));
        assertNull(cursor.getServerCursorId());
        cursor.close();
        assertEquals(0, source.sent().size());
    }

    @Test
    void getMoreFetchesUntilTheServerCursorIsExhausted() {
        source.reply("{cursor: {id: NumberLong(5), ns: 'db.c', nextBatch: [{_id: 2}]}}")
                .reply("{cursor: {id: NumberLong(0), ns: 'db.c', nextBatch: [{_id: 3}]}}");
        CommandCursor<Document> cursor = cursor(5, "[{_id: 1}]", new CursorSettings(10, 0, 0, new BsonString("note")));
        assertEquals(5L, cursor.getServerCursorId());
        assertEquals(List.of(1, 2, 3), ids(cursor));
        assertEquals(BsonDocument.parse("{getMore: NumberLong(5), collection: 'c', batchSize: 10, comment: 'note', $db: 'db'}"),
                source.sent().get(0).command());
        assertEquals(2, source.sent().size());
        cursor.close();
        assertEquals(2, source.sent().size(), "no killCursors for an exhausted cursor");
        assertEquals(source.acquired(), source.released());
    }

    @Test
    void emptyBatchesWithAnOpenCursorKeepFetching() {
        source.reply("{cursor: {id: NumberLong(5), ns: 'db.c', nextBatch: []}}")
                .reply("{cursor: {id: NumberLong(0), ns: 'db.c', nextBatch: [{_id: 9}]}}");
        CommandCursor<Document> cursor = cursor(5, "[]", CursorSettings.defaults());
        assertTrue(cursor.hasNext());
        assertEquals(9, cursor.next().getInteger("_id"));
        assertFalse(cursor.hasNext());
        assertThrows(NoSuchElementException.class, cursor::next);
    }

    @Test
    void earlyCloseSendsKillCursorsExactlyOnce() {
        source.reply("{cursorsKilled: [NumberLong(5)]}");
        CommandCursor<Document> cursor = cursor(5, "[{_id: 1}, {_id: 2}]", CursorSettings.defaults());
        cursor.next();
        cursor.close();
        cursor.close();
        assertEquals(BsonDocument.parse("{killCursors: 'c', cursors: [NumberLong(5)], $db: 'db'}"), source.onlySent().command());
        assertNull(cursor.getServerCursorId());
    }

    @Test
    void useAfterCloseFailsClearly() {
        CommandCursor<Document> cursor = cursor(0, "[{_id: 1}]", CursorSettings.defaults());
        cursor.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, cursor::hasNext);
        assertTrue(e.getMessage().contains("closed"));
        assertThrows(IllegalStateException.class, cursor::next);
        assertThrows(IllegalStateException.class, cursor::tryNext);
    }

    @Test
    void limitStopsIterationAndKillsTheServerCursor() {
        source.reply("{cursor: {id: NumberLong(5), ns: 'db.c', nextBatch: [{_id: 3}, {_id: 4}]}}")
                .reply("{cursorsKilled: [NumberLong(5)]}");
        CommandCursor<Document> cursor = cursor(5, "[{_id: 1}, {_id: 2}]", new CursorSettings(2, 3, 0, null));
        assertEquals(List.of(1, 2, 3), ids(cursor));
        assertEquals(BsonDocument.parse("{getMore: NumberLong(5), collection: 'c', batchSize: 1, $db: 'db'}"),
                source.sent().get(0).command(), "getMore asks only for the remainder of the limit");
        assertEquals("killCursors", source.sent().get(1).name());
        cursor.close();
        assertEquals(2, source.sent().size());
    }

    @Test
    void tryNextDoesAtMostOneGetMore() {
        source.reply("{cursor: {id: NumberLong(5), ns: 'db.c', nextBatch: []}}")
                .reply("{cursor: {id: NumberLong(0), ns: 'db.c', nextBatch: [{_id: 2}]}}");
        CommandCursor<Document> cursor = cursor(5, "[{_id: 1}]", CursorSettings.defaults());
        assertEquals(1, cursor.tryNext().getInteger("_id"));
        assertNull(cursor.tryNext());
        assertEquals(1, source.sent().size());
        assertEquals(2, cursor.tryNext().getInteger("_id"));
        assertNull(cursor.tryNext());
    }

    @Test
    void failedGetMoreDoesNotSendKillCursorsOnClose() {
        source.reply("{ok: 0, code: 43, codeName: 'CursorNotFound', errmsg: 'cursor id 5 not found'}");
        CommandCursor<Document> cursor = cursor(5, "[]", CursorSettings.defaults());
        assertThrows(MongoCommandException.class, cursor::hasNext);
        cursor.close();
        assertEquals(1, source.sent().size());
    }

    @Test
    void listCursorFailsAfterClose() {
        ListCursor<String> cursor = new ListCursor<>(java.util.Arrays.asList("a", null));
        assertEquals("a", cursor.next());
        assertNull(cursor.next());
        assertFalse(cursor.hasNext());
        cursor.close();
        assertThrows(IllegalStateException.class, cursor::hasNext);
    }
}
