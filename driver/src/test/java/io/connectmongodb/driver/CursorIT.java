package io.connectmongodb.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Cursors across many getMore batches, limits, early close and streams against the test server. */
class CursorIT {
    private static final int COUNT = 10_000;
    private static MongoClient client;
    private static MongoDatabase database;
    private static MongoCollection<Document> collection;

    @BeforeAll
    static void fill() {
        client = ServerTestSupport.client();
        database = client.getDatabase(ServerTestSupport.databaseName(CursorIT.class));
        collection = database.getCollection("many");
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            docs.add(new Document("_id", i).append("pad", "p" + i));
        }
        assertEquals(COUNT, collection.insertMany(docs).insertedIds().size());
    }

    @AfterAll
    static void cleanUp() {
        database.drop();
        client.close();
    }

    @Test
    void tenThousandDocumentsInBatchesOfOneHundred() {
        int seen = 0;
        int expected = 0;
        try (MongoCursor<Document> cursor = collection.find().sort(new Document("_id", 1)).batchSize(100).cursor()) {
            assertNotNull(cursor.getServerCursorId(), "more than one batch means an open server cursor");
            while (cursor.hasNext()) {
                assertEquals(expected++, cursor.next().getInteger("_id"));
                seen++;
            }
            assertNull(cursor.getServerCursorId());
        }
        assertEquals(COUNT, seen);
    }

    @Test
    void limitAcrossBatches() {
        List<Document> docs = collection.find().sort(new Document("_id", 1)).batchSize(100).limit(250).into(new ArrayList<>());
        assertEquals(250, docs.size());
        assertEquals(249, docs.get(249).getInteger("_id"));
        assertEquals(7, collection.find().limit(-7).into(new ArrayList<>()).size());
    }

    @Test
    void earlyCloseAndUseAfterClose() {
        MongoCursor<Document> cursor = collection.find().batchSize(10).cursor();
        cursor.next();
        assertNotNull(cursor.getServerCursorId());
        cursor.close();
        assertNull(cursor.getServerCursorId());
        assertThrows(IllegalStateException.class, cursor::hasNext);
        // the server still answers normally afterwards
        assertEquals(COUNT, collection.countDocuments());
    }

    @Test
    void streamsCloseTheirCursor() {
        try (Stream<Document> stream = collection.find().batchSize(50).stream()) {
            assertEquals(COUNT, stream.count());
        }
        try (Stream<Document> stream = collection.find().sort(new Document("_id", -1)).batchSize(50).stream()) {
            assertEquals(COUNT - 1, stream.findFirst().orElseThrow().getInteger("_id"));
        }
    }

    @Test
    void aggregateAcrossBatches() {
        List<Document> docs = collection.aggregate(List.of(new Document("$match", new Document("_id", new Document("$lt", 1000)))))
                .batchSize(100).into(new ArrayList<>());
        assertEquals(1000, docs.size());
        assertFalse(collection.aggregate(List.of(new Document("$match", new Document("_id", -1)))).iterator().hasNext());
    }
}
