package io.connectmongodb.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.model.CountOptions;
import io.connectmongodb.driver.model.FindOneAndDeleteOptions;
import io.connectmongodb.driver.model.FindOneAndReplaceOptions;
import io.connectmongodb.driver.model.FindOneAndUpdateOptions;
import io.connectmongodb.driver.model.InsertManyOptions;
import io.connectmongodb.driver.model.ReplaceOptions;
import io.connectmongodb.driver.model.ReturnDocument;
import io.connectmongodb.driver.model.UpdateOptions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Inserts, queries, updates, replaces, deletes, find-and-modify, counts and distinct against the test server. */
class CrudIT {
    private static MongoClient client;
    private static MongoDatabase database;
    private MongoCollection<Document> collection;

    @BeforeAll
    static void connect() {
        client = ServerTestSupport.client();
        database = client.getDatabase(ServerTestSupport.databaseName(CrudIT.class));
    }

    @AfterAll
    static void cleanUp() {
        database.drop();
        client.close();
    }

    @BeforeEach
    void freshCollection() {
        collection = database.getCollection("items");
        collection.drop();
    }

    @Test
    void insertOneGeneratesAnIdAndFindReturnsTheDocument() {
        Document doc = new Document("name", "a").append("when", Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .append("uuid", UUID.randomUUID()).append("tags", List.of("x", "y"));
        var result = collection.insertOne(doc);
        assertTrue(result.insertedId().isObjectId());
        Document found = collection.find(new Document("_id", result.insertedId())).first();
        assertNotNull(found);
        assertEquals(doc.get("name"), found.get("name"));
        assertEquals(doc.get("uuid"), found.get("uuid"));
        assertEquals(doc.get("tags"), found.get("tags"));
        assertEquals(doc.getObjectId("_id"), found.getObjectId("_id"));
    }

    @Test
    void insertManyAndFindWithOptions() {
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            docs.add(new Document("i", i).append("even", i % 2 == 0));
        }
        var result = collection.insertMany(docs, new InsertManyOptions().ordered(false));
        assertEquals(20, result.insertedIds().size());
        List<Integer> found = collection.find(new Document("even", true))
                .sort(new Document("i", -1)).skip(1).limit(3).projection(new Document("i", 1).append("_id", 0))
                .map(d -> d.getInteger("i")).into(new ArrayList<>());
        assertEquals(List.of(16, 14, 12), found);
    }

    @Test
    void updateOneUpdateManyAndUpsert() {
        collection.insertMany(List.of(new Document("k", 1).append("v", 0), new Document("k", 1).append("v", 0),
                new Document("k", 2).append("v", 0)));
        var one = collection.updateOne(new Document("k", 1), new Document("$set", new Document("v", 1)));
        assertEquals(1, one.matchedCount());
        assertEquals(1, one.modifiedCount());
        var many = collection.updateMany(new Document("k", 1), new Document("$inc", new Document("v", 10)));
        assertEquals(2, many.matchedCount());
        var upsert = collection.updateOne(new Document("k", 3), new Document("$set", new Document("v", 5)),
                new UpdateOptions().upsert(true));
        assertEquals(0, upsert.matchedCount());
        assertNotNull(upsert.upsertedId());
        assertEquals(5, collection.find(new Document("k", 3)).first().getInteger("v"));
    }

    @Test
    void updateWithArrayFilters() {
        collection.insertOne(new Document("_id", 1).append("grades", List.of(80, 95, 100)));
        collection.updateOne(new Document("_id", 1), new Document("$set", new Document("grades.$[g]", 0)),
                new UpdateOptions().arrayFilters(List.of(new Document("g", new Document("$gte", 95)))));
        assertEquals(List.of(80, 0, 0), collection.find().first().getList("grades", Integer.class));
    }

    @Test
    void replaceOneAndUpsertingReplace() {
        collection.insertOne(new Document("_id", 1).append("a", 1));
        var replaced = collection.replaceOne(new Document("_id", 1), new Document("b", 2));
        assertEquals(1, replaced.modifiedCount());
        assertEquals(new Document("_id", 1).append("b", 2), collection.find().first());
        var upserted = collection.replaceOne(new Document("_id", 2), new Document("c", 3), new ReplaceOptions().upsert(true));
        assertEquals(new BsonInt32(2), upserted.upsertedId());
    }

    @Test
    void deleteOneAndDeleteMany() {
        collection.insertMany(List.of(new Document("x", 1), new Document("x", 1), new Document("x", 2)));
        assertEquals(1, collection.deleteOne(new Document("x", 1)).deletedCount());
        assertEquals(2, collection.deleteMany(new Document()).deletedCount());
        assertEquals(0, collection.countDocuments());
    }

    @Test
    void findOneAndModifyFamily() {
        collection.insertMany(List.of(new Document("_id", 1).append("n", 1), new Document("_id", 2).append("n", 2)));
        Document before = collection.findOneAndUpdate(new Document("_id", 1), new Document("$inc", new Document("n", 1)));
        assertEquals(1, before.getInteger("n"));
        Document after = collection.findOneAndUpdate(new Document("_id", 1), new Document("$inc", new Document("n", 1)),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        assertEquals(3, after.getInteger("n"));
        Document replaced = collection.findOneAndReplace(new Document("_id", 2), new Document("m", 9),
                new FindOneAndReplaceOptions().returnDocument(ReturnDocument.AFTER));
        assertEquals(new Document("_id", 2).append("m", 9), replaced);
        Document deleted = collection.findOneAndDelete(new Document(), new FindOneAndDeleteOptions().sort(new Document("_id", -1)));
        assertEquals(2, deleted.getInteger("_id"));
        assertNull(collection.findOneAndDelete(new Document("_id", 99)));
        Document upserted = collection.findOneAndUpdate(new Document("_id", 5), new Document("$set", new Document("u", true)),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        assertEquals(true, upserted.getBoolean("u"));
    }

    @Test
    void countsAndDistinct() {
        for (int i = 0; i < 10; i++) {
            collection.insertOne(new Document("g", i % 3));
        }
        assertEquals(10, collection.countDocuments());
        assertEquals(4, collection.countDocuments(new Document("g", 0)));
        assertEquals(2, collection.countDocuments(new Document("g", 0), new CountOptions().skip(1).limit(2)));
        assertEquals(10, collection.estimatedDocumentCount());
        List<Integer> groups = collection.distinct("g", Integer.class).into(new ArrayList<>());
        groups.sort(null);
        assertEquals(List.of(0, 1, 2), groups);
        assertEquals(0, database.getCollection("missing").countDocuments());
    }

    @Test
    void typedCollections() {
        MongoCollection<BsonDocument> raw = collection.withDocumentClass(BsonDocument.class);
        raw.insertOne(BsonDocument.parse("{_id: 1, a: {b: [1, 2]}}"));
        assertEquals(BsonDocument.parse("{_id: 1, a: {b: [1, 2]}}"), raw.find().first());
        ObjectId id = new ObjectId();
        collection.insertOne(new Document("_id", id));
        assertEquals(id, collection.find(new Document("_id", id)).first().getObjectId("_id"));
    }
}
