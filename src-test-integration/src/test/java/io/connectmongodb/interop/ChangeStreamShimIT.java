package io.connectmongodb.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.mongodb.MongoNamespace;
import com.mongodb.client.MongoChangeStreamCursor;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.changestream.ChangeStreamDocument;
import com.mongodb.client.model.changestream.FullDocument;
import com.mongodb.client.model.changestream.OperationType;
import io.connectmongodb.testsupport.ChangeStreamShimBackend;
import io.connectmongodb.testsupport.TestServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bson.BsonDocument;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Cross-checks {@link ChangeStreamShimBackend} with the official driver: its {@code watch()} on a collection of an
 * embedded server started with the shim sees update and replace events with the fields MongoDB sends
 * ({@code updateDescription}, {@code documentKey: {_id}}, {@code ns}, {@code fullDocument} for replaces and for
 * {@code updateLookup}). This driver's own change-stream tests then rely on the same shim.
 */
class ChangeStreamShimIT {
    private static TestServer server;
    private static MongoClient official;
    private MongoCollection<Document> collection;

    @BeforeAll
    static void start() {
        server = TestServer.startEmbedded();
        official = MongoClients.create(server.uri());
    }

    @AfterAll
    static void stop() {
        official.close();
        server.stop();
    }

    @BeforeEach
    void freshCollection() {
        collection = official.getDatabase("shim_it").getCollection("c_" + Long.toHexString(System.nanoTime()));
        collection.insertOne(new Document("_id", "create-the-collection"));
    }

    private static ChangeStreamDocument<Document> nextWithin(MongoChangeStreamCursor<ChangeStreamDocument<Document>> cursor) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            ChangeStreamDocument<Document> event = cursor.tryNext();
            if (event != null) {
                return event;
            }
        }
        throw new AssertionError("no change event within 10 s");
    }

    @Test
    void updateReplaceInsertAndDeleteCarryMongoDbsFields() {
        collection.insertOne(Document.parse("{_id: 1, a: 1, b: 1, sub: {x: 1, y: 1}, list: [1, 2]}"));
        MongoNamespace namespace = collection.getNamespace();
        try (MongoChangeStreamCursor<ChangeStreamDocument<Document>> cursor = collection.watch().cursor()) {
            collection.updateOne(Filters.eq("_id", 1), Updates.combine(Updates.set("a", 2), Updates.unset("b"),
                    Updates.set("sub.x", 5), Updates.push("list", 3)));
            collection.replaceOne(Filters.eq("_id", 1), new Document("c", 3));
            collection.insertOne(new Document("_id", 2));
            collection.deleteOne(Filters.eq("_id", 2));

            ChangeStreamDocument<Document> update = nextWithin(cursor);
            assertEquals(OperationType.UPDATE, update.getOperationType());
            assertEquals(BsonDocument.parse("{a: 2, 'sub.x': 5, list: [1, 2, 3]}"), update.getUpdateDescription().getUpdatedFields());
            assertEquals(List.of("b"), update.getUpdateDescription().getRemovedFields());
            assertEquals(BsonDocument.parse("{_id: 1}"), update.getDocumentKey());
            assertEquals(namespace, update.getNamespace());
            assertNull(update.getFullDocument());

            ChangeStreamDocument<Document> replace = nextWithin(cursor);
            assertEquals(OperationType.REPLACE, replace.getOperationType());
            assertEquals(Document.parse("{_id: 1, c: 3}"), replace.getFullDocument());
            assertEquals(BsonDocument.parse("{_id: 1}"), replace.getDocumentKey());
            assertEquals(namespace, replace.getNamespace());
            assertNull(replace.getUpdateDescription());

            ChangeStreamDocument<Document> insert = nextWithin(cursor);
            assertEquals(OperationType.INSERT, insert.getOperationType());
            assertEquals(namespace, insert.getNamespace());
            ChangeStreamDocument<Document> delete = nextWithin(cursor);
            assertEquals(OperationType.DELETE, delete.getOperationType());
            assertEquals(BsonDocument.parse("{_id: 2}"), delete.getDocumentKey());
            assertEquals(namespace, delete.getNamespace());
            assertNull(delete.getFullDocument());
        }
    }

    @Test
    void updateLookupReturnsTheCurrentDocumentOrNullOnceDeleted() {
        collection.insertOne(new Document("_id", 3).append("n", 1));
        collection.insertOne(new Document("_id", 4).append("n", 1));
        try (MongoChangeStreamCursor<ChangeStreamDocument<Document>> cursor =
                     collection.watch().fullDocument(FullDocument.UPDATE_LOOKUP).cursor()) {
            collection.updateOne(Filters.eq("_id", 3), Updates.inc("n", 1));
            collection.updateOne(Filters.eq("_id", 4), Updates.inc("n", 1));
            collection.deleteOne(Filters.eq("_id", 4));
            ChangeStreamDocument<Document> first = nextWithin(cursor);
            assertEquals(Document.parse("{_id: 3, n: 2}"), first.getFullDocument());
            assertEquals(BsonDocument.parse("{n: 2}"), first.getUpdateDescription().getUpdatedFields());
            ChangeStreamDocument<Document> second = nextWithin(cursor);
            assertEquals(OperationType.UPDATE, second.getOperationType());
            assertNull(second.getFullDocument(), "the document is gone by the time the event is read");
        }
    }

    @Test
    void updateManyGivesOneEventPerDocument() {
        collection.insertMany(List.of(new Document("_id", 10).append("k", 1), new Document("_id", 11).append("k", 1)));
        try (MongoChangeStreamCursor<ChangeStreamDocument<Document>> cursor = collection.watch().cursor()) {
            collection.updateMany(Filters.eq("k", 1), Updates.set("k", 2));
            List<BsonDocument> keys = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                ChangeStreamDocument<Document> event = nextWithin(cursor);
                assertEquals(BsonDocument.parse("{k: 2}"), event.getUpdateDescription().getUpdatedFields());
                keys.add(event.getDocumentKey());
            }
            assertEquals(List.of(BsonDocument.parse("{_id: 10}"), BsonDocument.parse("{_id: 11}")), keys);
        }
    }

    @Test
    void pipelineMatchesOnTheRewrittenEventsAndResumeAfterContinues() {
        collection.insertOne(new Document("_id", 20).append("v", 0));
        List<Document> onlyReplaces = List.of(new Document("$match", new Document("operationType", "replace")));
        BsonDocument afterFirstReplace;
        try (MongoChangeStreamCursor<ChangeStreamDocument<Document>> cursor = collection.watch(onlyReplaces).cursor()) {
            collection.updateOne(Filters.eq("_id", 20), Updates.set("v", 1));
            collection.replaceOne(Filters.eq("_id", 20), new Document("v", 2));
            collection.updateOne(Filters.eq("_id", 20), Updates.set("v", 3));
            collection.replaceOne(Filters.eq("_id", 20), new Document("v", 4));
            ChangeStreamDocument<Document> replace = nextWithin(cursor);
            assertEquals(Document.parse("{_id: 20, v: 2}"), replace.getFullDocument());
            afterFirstReplace = replace.getResumeToken();
        }
        try (MongoChangeStreamCursor<ChangeStreamDocument<Document>> resumed =
                     collection.watch().resumeAfter(afterFirstReplace).cursor()) {
            ChangeStreamDocument<Document> update = nextWithin(resumed);
            assertEquals(BsonDocument.parse("{v: 3}"), update.getUpdateDescription().getUpdatedFields());
            assertEquals(Document.parse("{_id: 20, v: 4}"), nextWithin(resumed).getFullDocument());
        }
    }
}
