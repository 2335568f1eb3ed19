package io.connectmongodb.driver.internal.client;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.MongoCollection;
import io.connectmongodb.driver.MongoDatabase;
import io.connectmongodb.driver.model.FindOneAndUpdateOptions;
import io.connectmongodb.driver.model.InsertManyOptions;
import io.connectmongodb.driver.model.UpdateOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every kind of bad input fails with an IllegalArgumentException naming the problem, and nothing is sent. */
class BadInputTest {
    private final ClientTestSupport t = new ClientTestSupport();
    private final MongoCollection<Document> c = t.collection;

    @AfterEach
    void nothingWasSent() {
        t.assertNothingSent();
    }

    private static void fails(String expectedInMessage, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(expectedInMessage), () -> "message '" + e.getMessage() + "' should mention '"
                + expectedInMessage + "'");
    }

    @Test
    void invalidDatabaseNames() {
        fails("must not be empty", () -> t.client.getDatabase(""));
        fails("null", () -> t.client.getDatabase(null));
        for (String bad : List.of("a/b", "a\\b", "a.b", "a b", "a\"b", "a$b", "a\0b")) {
            assertThrows(IllegalArgumentException.class, () -> t.client.getDatabase(bad), bad);
        }
        fails("64 bytes", () -> t.client.getDatabase("d".repeat(64)));
        t.client.getDatabase("d".repeat(63));
    }

    @Test
    void invalidCollectionNames() {
        MongoDatabase db = t.client.getDatabase("db");
        fails("must not be empty", () -> db.getCollection(""));
        fails("'$'", () -> db.getCollection("a$b"));
        fails("NUL", () -> db.getCollection("a\0b"));
        fails("255 bytes", () -> db.getCollection("c".repeat(253)));
        db.getCollection("c".repeat(252));
        db.getCollection("oplog.$main");
        db.getCollection("system.users");
    }

    @Test
    void systemCollectionsCannotBeWrittenOrCreated() {
        MongoCollection<Document> system = t.client.getDatabase("db").getCollection("system.users");
        fails("system collections", () -> system.insertOne(new Document("a", 1)));
        fails("system collections", () -> system.deleteMany(new Document()));
        fails("system collections", () -> system.updateOne(new Document(), new Document("$set", new Document("a", 1))));
        fails("system collections", () -> t.client.getDatabase("db").createCollection("system.views"));
    }

    @Test
    void insertedDocumentsWithTopLevelDollarKeys() {
        fails("'$set'", () -> c.insertOne(new Document("$set", 1)));
        fails("document at index 1", () -> c.insertMany(List.of(new Document("a", 1), new Document("$bad", 1))));
    }

    @Test
    void keysContainingNulAtAnyDepth() {
        fails("NUL", () -> c.insertOne(new Document("a\0b", 1)));
        fails("NUL", () -> c.insertOne(new Document("a", new Document("x\0", 1))));
        fails("NUL", () -> c.insertOne(new Document("a", List.of(new Document("y\0", 1)))));
        fails("NUL", () -> c.replaceOne(new Document(), new Document("a\0", 1)));
    }

    @Test
    void nullArgumentsNameTheArgument() {
        fails("document must not be null", () -> c.insertOne(null));
        fails("documents must not be null", () -> c.insertMany(null));
        fails("element 1 is null", () -> c.insertMany(Arrays.asList(new Document(), null)));
        fails("documents must not be empty", () -> c.insertMany(new ArrayList<>()));
        fails("filter must not be null", () -> c.find((Bson) null));
        fails("filter must not be null", () -> c.deleteOne(null));
        fails("filter must not be null", () -> c.updateOne(null, new Document("$set", new Document())));
        fails("update must not be null", () -> c.updateOne(new Document(), (Bson) null));
        fails("replacement document must not be null", () -> c.replaceOne(new Document(), null));
        fails("filter must not be null", () -> c.countDocuments((org.bson.conversions.Bson) null));
        fails("filter must not be null", () -> c.findOneAndDelete(null));
        fails("pipeline must not be null", () -> c.aggregate(null));
        fails("element 0 is null", () -> c.aggregate(Arrays.asList((Bson) null)));
        fails("options must not be null", () -> c.insertMany(List.of(new Document()), (InsertManyOptions) null));
        fails("options must not be null", () -> c.updateMany(new Document(), new Document("$set", new Document("a", 1)),
                (UpdateOptions) null));
        fails("fieldName must not be null", () -> c.distinct(null, String.class));
        fails("index keys must not be null", () -> c.createIndex(null));
        fails("result class must not be null", () -> c.find(new Document(), null));
    }

    @Test
    void updatesMustBeOperatorsOrPipelines() {
        fails("update operators", () -> c.updateOne(new Document(), new Document("a", 1)));
        fails("update operators", () -> c.updateMany(new Document(), new Document("a", 1)));
        fails("must not be empty", () -> c.updateOne(new Document(), new Document()));
        fails("update pipeline must not be empty", () -> c.updateOne(new Document(), List.<Bson>of()));
        fails("update operators", () -> c.findOneAndUpdate(new Document(), new Document("a", 1)));
        fails("update operators", () -> c.findOneAndUpdate(new Document(), new Document("a", 1), new FindOneAndUpdateOptions()));
    }

    @Test
    void replacementsMustNotHaveOperators() {
        fails("must not contain update operators", () -> c.replaceOne(new Document(), new Document("$set", new Document("a", 1))));
        fails("must not contain update operators", () -> c.findOneAndReplace(new Document(), new Document("$inc", 1)));
    }

    @Test
    void documentsOverMaxBsonObjectSizeFailBeforeTheFirstBatch() {
        t.source.withLimits(1024, 48_000_000, 1000);
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            docs.add(new Document("i", i));
        }
        docs.add(new Document("big", "x".repeat(2000)));
        fails("document at index 5", () -> c.insertMany(docs, new InsertManyOptions().ordered(false)));
        fails("maxBsonObjectSize", () -> c.insertOne(new Document("big", "x".repeat(2000))));
        fails("replacement document", () -> c.replaceOne(new Document(), new Document("big", "x".repeat(2000))));
        fails("replacement document", () -> c.findOneAndReplace(new Document(), new Document("big", "x".repeat(2000))));
    }

    @Test
    void optionValuesAreCheckedWhenSet() {
        fails("skip", () -> c.find().skip(-1));
        fails("batchSize", () -> c.find().batchSize(-1));
        fails("maxTime", () -> c.find().maxTime(-1, java.util.concurrent.TimeUnit.SECONDS));
        fails("indexName must be the name of one index", () -> c.dropIndex("*"));
        fails("no codec", () -> c.find(new Document(), BadInputTest.class));
        fails("must not contain $db", () -> t.client.getDatabase("db").runCommand(new BsonDocument("ping", new BsonInt32(1))
                .append("$db", new BsonInt32(1))));
        fails("capped", () -> t.client.getDatabase("db").createCollection("x",
                new io.connectmongodb.driver.model.CreateCollectionOptions().capped(true)));
    }
}
