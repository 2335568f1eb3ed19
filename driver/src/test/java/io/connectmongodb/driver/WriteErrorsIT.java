package io.connectmongodb.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.connectmongodb.driver.error.DuplicateKeyException;
import io.connectmongodb.driver.error.MongoBulkWriteException;
import io.connectmongodb.driver.error.WriteError;
import io.connectmongodb.driver.model.IndexOptions;
import io.connectmongodb.driver.model.InsertManyOptions;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Server write errors surface as typed exceptions with the caller's indexes. */
class WriteErrorsIT {
    private static MongoClient client;
    private static MongoDatabase database;
    private MongoCollection<Document> collection;

    @BeforeAll
    static void connect() {
        client = ServerTestSupport.client();
        database = client.getDatabase(ServerTestSupport.databaseName(WriteErrorsIT.class));
    }

    @AfterAll
    static void cleanUp() {
        database.drop();
        client.close();
    }

    @BeforeEach
    void uniqueIndex() {
        collection = database.getCollection("users");
        collection.drop();
        collection.createIndex(new Document("email", 1), new IndexOptions().unique(true));
        collection.insertOne(new Document("_id", 1).append("email", "a@x"));
    }

    @Test
    void duplicateKeyOnInsertOne() {
        DuplicateKeyException e = assertThrows(DuplicateKeyException.class,
                () -> collection.insertOne(new Document("_id", 2).append("email", "a@x")));
        assertEquals(11000, e.code());
        assertNotNull(e.keyValue(), () -> "key value should be known: " + e.getMessage());
        assertEquals("a@x", e.keyValue().getString("email").getValue());
    }

    @Test
    void duplicateKeyOnUpdate() {
        collection.insertOne(new Document("_id", 2).append("email", "b@x"));
        assertThrows(DuplicateKeyException.class, () -> collection.updateOne(new Document("_id", 2),
                new Document("$set", new Document("email", "a@x"))));
        assertEquals(1, collection.countDocuments(new Document("email", "b@x")));
    }

    @Test
    void orderedInsertManyStopsAtTheDuplicate() {
        MongoBulkWriteException e = assertThrows(MongoBulkWriteException.class, () -> collection.insertMany(List.of(
                new Document("_id", 10).append("email", "b@x"),
                new Document("_id", 11).append("email", "a@x"),
                new Document("_id", 12).append("email", "c@x"))));
        assertEquals(List.of(1), e.writeErrors().stream().map(WriteError::index).toList());
        assertEquals(2, collection.countDocuments());
    }

    @Test
    void unorderedInsertManyAcrossManyBatchesReportsCallerIndexes() {
        int maxWriteBatchSize = database.runCommand(new Document("isMaster", 1)).get("maxWriteBatchSize", Number.class).intValue();
        int count = Math.min(2 * maxWriteBatchSize + 500, 250_000);
        int lateDuplicate = count - 250;
        List<Document> docs = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            docs.add(new Document("_id", 100 + i).append("email", i == 5 || i == lateDuplicate ? "a@x" : "user" + i));
        }
        MongoBulkWriteException e = assertThrows(MongoBulkWriteException.class,
                () -> collection.insertMany(docs, new InsertManyOptions().ordered(false)));
        assertEquals(List.of(5, lateDuplicate), e.writeErrors().stream().map(WriteError::index).toList(),
                "indexes are positions in the caller's list, also in the third batch");
        assertEquals(count - 2, e.partialResult().insertedIds().size());
        assertEquals(count - 1, collection.countDocuments());
    }
}
