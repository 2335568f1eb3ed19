package io.connectmongodb.driver.internal.cursor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.connectmongodb.driver.MongoClientSettings;
import io.connectmongodb.driver.internal.connection.RecordingConnectionSource;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.codecs.Codec;
import org.junit.jupiter.api.Test;

/** A cursor over received (raw) replies: batches walked in place give what the codec gives. */
class CommandCursorRawBatchTest {
    private static final Codec<Document> DOCUMENTS = MongoClientSettings.getDefaultCodecRegistry().get(Document.class);
    private final RecordingConnectionSource source = new RecordingConnectionSource();

    private static RawBsonDocument received(String json) {
        return new RawBsonDocument(BsonDocument.parse(json), new BsonDocumentCodec());
    }

    @Test
    void documentsOfEveryBatchEqualTheCodecsDecoding() {
        String uuid = UUID.randomUUID().toString();
        RawBsonDocument first = received("{id: NumberLong(5), ns: 'db.c', firstBatch: [{_id: 1, s: 'a', u: {$uuid: '" + uuid
                + "'}}, {_id: 2, sub: {list: [1, 'x', {d: 1.5}]}}]}");
        RawBsonDocument more = received("{cursor: {id: NumberLong(0), ns: 'db.c', nextBatch: [{_id: 3, n: null}]}, ok: 1}");
        source.replyWith(command -> more);
        CommandCursor<Document> cursor = new CommandCursor<>(source, first, DOCUMENTS, CursorSettings.defaults());

        assertEquals(2, cursor.available());
        List<Document> results = new ArrayList<>();
        cursor.forEachRemaining(results::add);

        List<Document> expected = new ArrayList<>();
        first.getArray("firstBatch").forEach(v -> expected.add(((RawBsonDocument) v).decode(DOCUMENTS)));
        RawBsonDocument moreCursor = (RawBsonDocument) more.getDocument("cursor");
        moreCursor.getArray("nextBatch").forEach(v -> expected.add(((RawBsonDocument) v).decode(DOCUMENTS)));
        assertEquals(expected, results);
        assertEquals(UUID.fromString(uuid), results.get(0).get("u"));
        assertSame(Document.class, results.get(1).get("sub").getClass());
        assertEquals(1, source.sent().size());
    }

    @Test
    void theNamespaceIsSplitAtItsFirstDotAndMustHaveADatabasePart() {
        source.reply("{cursorsKilled: [NumberLong(9)]}");
        CommandCursor<Document> cursor = new CommandCursor<>(source,
                received("{id: NumberLong(9), ns: 'dé.c.sub', firstBatch: []}"), DOCUMENTS, new CursorSettings(0, 0, 0, null));
        cursor.close();
        assertEquals(BsonDocument.parse("{killCursors: 'c.sub', cursors: [NumberLong(9)], $db: 'dé'}"), source.onlySent().command());

        for (BsonDocument noDatabase : List.of(received("{id: NumberLong(0), ns: '.c', firstBatch: []}"),
                BsonDocument.parse("{id: NumberLong(0), ns: 'nodot', firstBatch: []}"))) {
            IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                    () -> new CommandCursor<>(source, noDatabase, DOCUMENTS, CursorSettings.defaults()));
            assertEquals("server returned a cursor with namespace '" + noDatabase.getString("ns").getValue()
                    + "', which has no database part", e.getMessage());
        }
    }

    @Test
    void aLimitInsideAReceivedBatchStopsThereAndKillsTheCursor() {
        RawBsonDocument first = received("{id: NumberLong(7), ns: 'db.c', firstBatch: [{_id: 1}, {_id: 2}, {_id: 3}]}");
        source.reply("{cursorsKilled: [NumberLong(7)]}");
        CommandCursor<Document> cursor = new CommandCursor<>(source, first, DOCUMENTS, new CursorSettings(0, 2, 0, null));

        assertEquals(new Document("_id", 1), cursor.next());
        assertEquals(new Document("_id", 2), cursor.next(), "the last document is decoded after the batch was dropped");
        assertEquals(false, cursor.hasNext());
        assertEquals(0, cursor.available());
        assertEquals("killCursors", source.onlySent().name());
    }
}
