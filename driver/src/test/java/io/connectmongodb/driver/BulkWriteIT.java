package io.connectmongodb.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.error.MongoBulkWriteException;
import io.connectmongodb.driver.model.BulkWriteOptions;
import io.connectmongodb.driver.model.BulkWriteResult;
import io.connectmongodb.driver.model.DeleteManyModel;
import io.connectmongodb.driver.model.DeleteOneModel;
import io.connectmongodb.driver.model.InsertOneModel;
import io.connectmongodb.driver.model.ReplaceOneModel;
import io.connectmongodb.driver.model.ReplaceOptions;
import io.connectmongodb.driver.model.UpdateManyModel;
import io.connectmongodb.driver.model.UpdateOneModel;
import io.connectmongodb.driver.model.UpdateOptions;
import io.connectmongodb.driver.model.WriteModel;
import java.util.ArrayList;
import java.util.List;
import org.bson.BsonInt32;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** bulkWrite against the test server: every model, ordered and unordered failure semantics, batch splitting. */
class BulkWriteIT {
    private static MongoClient client;
    private static MongoDatabase database;
    private MongoCollection<Document> collection;

    @BeforeAll
    static void connect() {
        client = ServerTestSupport.client();
        database = client.getDatabase(ServerTestSupport.databaseName(BulkWriteIT.class));
    }

    @AfterAll
    static void cleanUp() {
        database.drop();
        client.close();
    }

    @BeforeEach
    void freshCollection() {
        collection = database.getCollection("bulk");
        collection.drop();
    }

    @Test
    void everyModelKindIsCountedAndUpsertsAreReportedByIndex() {
        collection.insertMany(List.of(new Document("_id", 1).append("n", 1), new Document("_id", 2).append("n", 2),
                new Document("_id", 3).append("n", 3), new Document("_id", 4).append("n", 4)));

        BulkWriteResult result = collection.bulkWrite(List.of(
                new InsertOneModel<>(new Document("_id", 10)),
                new UpdateOneModel<>(new Document("_id", 1), new Document("$set", new Document("n", 100))),
                new UpdateManyModel<>(new Document("n", new Document("$gte", 2)), new Document("$inc", new Document("n", 1))),
                new UpdateOneModel<>(new Document("_id", 20), new Document("$set", new Document("n", 20)),
                        new UpdateOptions().upsert(true)),
                new ReplaceOneModel<>(new Document("_id", 2), new Document("replaced", true)),
                new ReplaceOneModel<>(new Document("_id", 30), new Document("n", 30), new ReplaceOptions().upsert(true)),
                new DeleteOneModel<>(new Document("_id", 3)),
                new DeleteManyModel<>(new Document("n", new Document("$gte", 5)))));

        assertEquals(1, result.insertedCount());
        assertEquals(1 + 4 + 1, result.matchedCount(), "one, many (1 now n=100, 2, 3, 4) and the replacement");
        assertEquals(new BsonInt32(10), result.insertedIds().get(0));
        assertEquals(new BsonInt32(20), result.upsertedIds().get(3));
        assertEquals(new BsonInt32(30), result.upsertedIds().get(5));
        assertEquals(1 + 4, result.deletedCount(), "_id 3, then 4 (n=5), 1 (n=100), 20 and 30");
        assertEquals(List.of(2, 10), collection.find().into(new ArrayList<>()).stream().map(d -> d.getInteger("_id")).sorted().toList());
    }

    @Test
    void orderedStopsAtTheDuplicateKeyInTheMiddle() {
        collection.insertOne(new Document("_id", 5));
        List<WriteModel<Document>> requests = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            requests.add(new InsertOneModel<>(new Document("_id", i)));
        }

        MongoBulkWriteException e = assertThrows(MongoBulkWriteException.class, () -> collection.bulkWrite(requests));

        assertEquals(1, e.writeErrors().size());
        assertEquals(5, e.writeErrors().get(0).index(), "the index in the caller's list");
        assertTrue(e.writeErrors().get(0).isDuplicateKey());
        assertEquals(5, e.partialResult().insertedIds().size());
        assertEquals(5, e.partialResult().insertedCount());
        assertEquals(6, collection.countDocuments(), "0..4 inserted, plus the existing 5; nothing after it");
    }

    @Test
    void unorderedContinuesPastTheDuplicateKeyAndMapsIndexesAcrossKinds() {
        collection.insertOne(new Document("_id", 5));
        List<WriteModel<Document>> requests = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            requests.add(new InsertOneModel<>(new Document("_id", i)));
            if (i == 2) {
                requests.add(new DeleteOneModel<>(new Document("_id", 1)));
            }
        }

        MongoBulkWriteException e = assertThrows(MongoBulkWriteException.class,
                () -> collection.bulkWrite(requests, new BulkWriteOptions().ordered(false)));

        assertEquals(1, e.writeErrors().size());
        assertEquals(6, e.writeErrors().get(0).index(), "_id 5 is request 6 (a delete sits at index 3)");
        assertEquals(9, e.partialResult().insertedCount());
        assertEquals(1, e.partialResult().deletedCount());
        assertEquals(9, collection.countDocuments(), "0..9 with the existing 5, minus the deleted _id 1");
    }

    @Test
    void manyRequestsAreSplitIntoBatchesAndCountedOnce() {
        List<WriteModel<Document>> requests = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            requests.add(new InsertOneModel<>(new Document("_id", i).append("pad", "x".repeat(100))));
        }
        requests.add(new UpdateManyModel<>(new Document(), new Document("$set", new Document("pad", "y"))));
        BulkWriteResult result = collection.bulkWrite(requests);
        assertEquals(2500, result.insertedCount());
        assertEquals(2500, result.modifiedCount());
    }

    @Test
    void badRequestsFailBeforeAnythingIsSent() {
        assertThrows(IllegalArgumentException.class, () -> collection.bulkWrite(List.of()));
        List<WriteModel<Document>> withBadUpdate = List.of(new InsertOneModel<>(new Document("_id", 1)),
                new UpdateOneModel<>(new Document(), new Document("notAnOperator", 1)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> collection.bulkWrite(withBadUpdate));
        assertEquals(0, collection.countDocuments(), "nothing sent: " + e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new InsertOneModel<>(null));
    }
}
