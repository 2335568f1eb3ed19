package io.connectmongodb.driver.changestream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.ClientSession;
import io.connectmongodb.driver.ConnectionString;
import io.connectmongodb.driver.MongoClient;
import io.connectmongodb.driver.MongoClientSettings;
import io.connectmongodb.driver.MongoClients;
import io.connectmongodb.driver.MongoCollection;
import io.connectmongodb.driver.MongoDatabase;
import io.connectmongodb.driver.error.MongoClientClosedException;
import io.connectmongodb.testsupport.TestServer;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.bson.BsonDocument;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Change streams against the test server (the embedded one runs with its oplog and
 * {@link io.connectmongodb.testsupport.ChangeStreamShimBackend}, which makes its update and replace events match
 * MongoDB's). Where mongo-java-server 1.47 still lacks a feature, the test says so and skips.
 */
class ChangeStreamIT {
    static final String EMBEDDED_NO_DATABASE_STREAMS = "mongo-java-server 1.47 accepts database- and cluster-level "
            + "$changeStream but never delivers their events";

    private static MongoClient client;
    private static MongoDatabase database;
    private MongoCollection<Document> collection;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(TestServer.shared().uri());
        database = client.getDatabase("it_changestream_" + Long.toHexString(System.nanoTime()));
    }

    @AfterAll
    static void cleanUp() {
        database.drop();
        client.close();
    }

    @BeforeEach
    void freshCollection() {
        collection = database.getCollection("users_" + Long.toHexString(System.nanoTime()));
        collection.insertOne(new Document("_id", "create-the-collection"));
    }

    private static ChangeStreamEvent<Document> nextWithin(ChangeStreamCursor<Document> cursor, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            ChangeStreamEvent<Document> event = cursor.tryNext();
            if (event != null) {
                return event;
            }
            sleep(5);
        }
        throw new AssertionError("no change event within " + timeout);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    void insertAndDeleteEventsCarryTheirFields() {
        try (ChangeStreamCursor<Document> cursor = collection.watch().cursor()) {
            collection.insertOne(new Document("_id", 1).append("name", "ada"));
            collection.deleteOne(new Document("_id", 1));

            ChangeStreamEvent<Document> insert = nextWithin(cursor, Duration.ofSeconds(10));
            assertEquals(OperationType.INSERT, insert.getOperationType());
            assertEquals(new Document("_id", 1).append("name", "ada"), insert.getFullDocument());
            assertEquals(BsonDocument.parse("{_id: 1}"), insert.getDocumentKey());
            assertNotNull(insert.getClusterTime());
            assertNotNull(insert.getResumeToken());
            assertEquals(insert.getResumeToken(), cursor.getResumeToken());

            ChangeStreamEvent<Document> delete = nextWithin(cursor, Duration.ofSeconds(10));
            assertEquals(OperationType.DELETE, delete.getOperationType());
            assertEquals(BsonDocument.parse("{_id: 1}"), delete.getDocumentKey());
            assertNull(delete.getFullDocument());
            assertTrue(delete.getClusterTime().compareTo(insert.getClusterTime()) > 0);
            assertEquals(collection.getNamespace(), insert.getNamespace());
            assertEquals(collection.getNamespace(), delete.getNamespace());
        }
    }

    @Test
    void updateAndReplaceEventsCarryTheirFields() {
        collection.insertOne(new Document("_id", 2).append("a", 1).append("b", 1));
        try (ChangeStreamCursor<Document> cursor = collection.watch().cursor()) {
            collection.updateOne(new Document("_id", 2), new Document("$set", new Document("a", 2)).append("$unset", new Document("b", "")));
            collection.replaceOne(new Document("_id", 2), new Document("c", 3));
            ChangeStreamEvent<Document> update = nextWithin(cursor, Duration.ofSeconds(10));
            assertEquals(OperationType.UPDATE, update.getOperationType());
            assertEquals(BsonDocument.parse("{a: 2}"), update.getUpdateDescription().getUpdatedFields());
            assertEquals(List.of("b"), update.getUpdateDescription().getRemovedFields());
            assertEquals(BsonDocument.parse("{_id: 2}"), update.getDocumentKey());
            assertEquals(collection.getNamespace(), update.getNamespace());
            assertNull(update.getFullDocument(), "no fullDocument on an update unless updateLookup is asked for");
            ChangeStreamEvent<Document> replace = nextWithin(cursor, Duration.ofSeconds(10));
            assertEquals(OperationType.REPLACE, replace.getOperationType());
            assertEquals(new Document("_id", 2).append("c", 3), replace.getFullDocument());
            assertEquals(BsonDocument.parse("{_id: 2}"), replace.getDocumentKey());
            assertEquals(collection.getNamespace(), replace.getNamespace());
        }
    }

    @Test
    void updateLookupReturnsTheCurrentDocument() {
        collection.insertOne(new Document("_id", 3).append("n", 1));
        try (ChangeStreamCursor<Document> cursor = collection.watch().fullDocument(FullDocument.UPDATE_LOOKUP).cursor()) {
            collection.updateOne(new Document("_id", 3), new Document("$inc", new Document("n", 1)));
            ChangeStreamEvent<Document> update = nextWithin(cursor, Duration.ofSeconds(10));
            assertEquals(new Document("_id", 3).append("n", 2), update.getFullDocument());
        }
    }

    @Test
    void updateEventsAreDeliveredWithUpdateLookupRequested() {
        // what the embedded server does support: update events arrive, in order, with the option sent
        collection.insertOne(new Document("_id", 4).append("n", 1));
        try (ChangeStreamCursor<Document> cursor = collection.watch().fullDocument(FullDocument.UPDATE_LOOKUP).cursor()) {
            collection.updateOne(new Document("_id", 4), new Document("$set", new Document("n", 2)));
            collection.insertOne(new Document("_id", 5));
            ChangeStreamEvent<Document> update = nextWithin(cursor, Duration.ofSeconds(10));
            assertEquals(OperationType.UPDATE, update.getOperationType());
            assertEquals(2, update.getFullDocument().get("n"));
            assertEquals(OperationType.INSERT, nextWithin(cursor, Duration.ofSeconds(10)).getOperationType());
        }
    }

    @Test
    void pipelineMatchFiltersOnTheServer() {
        List<Document> match = List.of(new Document("$match", new Document("fullDocument.kind", "keep")));
        try (ChangeStreamCursor<Document> cursor = collection.watch(match).cursor()) {
            for (int i = 0; i < 6; i++) {
                collection.insertOne(new Document("_id", 100 + i).append("kind", i % 2 == 0 ? "keep" : "drop"));
            }
            List<Object> ids = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                ids.add(nextWithin(cursor, Duration.ofSeconds(10)).getDocumentKey().get("_id").asInt32().getValue());
            }
            assertEquals(List.of(100, 102, 104), ids);
            sleep(50);
            assertNull(cursor.tryNext());
        }
    }

    @Test
    void resumeAfterASavedToken() {
        BsonDocument saved;
        try (ChangeStreamCursor<Document> cursor = collection.watch().cursor()) {
            for (int i = 0; i < 6; i++) {
                collection.insertOne(new Document("seq", i));
            }
            for (int i = 0; i < 3; i++) {
                assertEquals(i, nextWithin(cursor, Duration.ofSeconds(10)).getFullDocument().get("seq"));
            }
            saved = cursor.getResumeToken();
        }
        try (ChangeStreamCursor<Document> resumed = collection.watch().resumeAfter(saved).cursor()) {
            for (int i = 3; i < 6; i++) {
                assertEquals(i, nextWithin(resumed, Duration.ofSeconds(10)).getFullDocument().get("seq"));
            }
        }
    }

    @Test
    void resumesAutomaticallyWhenTheConnectionIsKilledMidStream() throws Exception {
        int port = URI.create(TestServer.shared().uri().replace("mongodb://", "http://")).getPort();
        Assumptions.assumeTrue(port > 0, "needs a single host:port server URI to put the proxy in front of");
        try (KillableProxy proxy = new KillableProxy(port);
             MongoClient proxied = MongoClients.create("mongodb://127.0.0.1:" + proxy.port())) {
            MongoCollection<Document> watched = proxied.getDatabase(database.getName()).getCollection(collection.getNamespace().getCollectionName());
            List<Integer> seen = new ArrayList<>();
            try (ChangeStreamCursor<Document> cursor = watched.watch().batchSize(7).cursor()) {
                insertSequence(0, 40);
                readInto(cursor, seen, 15);
                proxy.killConnections();
                insertSequence(40, 80);
                readInto(cursor, seen, 35);
                proxy.restart();
                insertSequence(80, 120);
                readInto(cursor, seen, 70);
                sleep(50);
                assertNull(cursor.tryNext());
            }
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                expected.add(i);
            }
            assertEquals(expected, seen, "every event exactly once, in order, across a killed connection and a restart");
        }
    }

    private void insertSequence(int from, int to) {
        for (int i = from; i < to; i++) {
            collection.insertOne(new Document("seq", i));
        }
    }

    private static void readInto(ChangeStreamCursor<Document> cursor, List<Integer> seen, int count) {
        for (int i = 0; i < count; i++) {
            seen.add(nextWithin(cursor, Duration.ofSeconds(10)).getFullDocument().getInteger("seq"));
        }
    }

    @Test
    void listenerDeliversTenThousandEventsInOrder() {
        int total = 10_000;
        List<Integer> received = new CopyOnWriteArrayList<>();
        try (ChangeStreamSubscription subscription = collection.watch().batchSize(1000)
                .listen(event -> received.add(event.getFullDocument().getInteger("seq")))) {
            List<Document> batch = new ArrayList<>();
            for (int i = 0; i < total; i++) {
                batch.add(new Document("seq", i));
                if (batch.size() == 1000) {
                    collection.insertMany(batch);
                    batch = new ArrayList<>();
                }
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (received.size() < total && System.nanoTime() < deadline && subscription.isRunning()) {
                sleep(20);
            }
            assertNull(subscription.failure());
            assertEquals(total, received.size(), "events delivered before the deadline");
            for (int i = 0; i < total; i++) {
                assertEquals(i, received.get(i));
            }
            assertNotNull(subscription.getResumeToken());
            subscription.stop();
            assertTrue(subscription.awaitTermination(Duration.ofSeconds(10)));
            assertTrue(!subscription.isRunning());
        }
    }

    @Test
    void listenerLeavesTheOnlyAsyncWorkerFreeAndEndsWhenTheClientCloses() throws Exception {
        MongoClient oneWorker = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(TestServer.shared().uri()))
                .maxAsyncWorkers(1).asyncQueueSize(10).build());
        MongoCollection<Document> users = oneWorker.getDatabase(database.getName()).getCollection(collection.getNamespace()
                .getCollectionName());
        List<Integer> received = new CopyOnWriteArrayList<>();
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        List<String> threads = new CopyOnWriteArrayList<>();
        ChangeStreamSubscription subscription = users.watch().maxAwaitTime(50, TimeUnit.MILLISECONDS)
                .listen(new ChangeStreamListener<>() {
                    @Override
                    public void onEvent(ChangeStreamEvent<Document> event) {
                        threads.add(Thread.currentThread().getName());
                        received.add(event.getFullDocument().getInteger("seq"));
                    }

                    @Override
                    public void onError(Throwable error) {
                        errors.add(error);
                    }
                });
        try {
            // every insert needs the single worker the subscription polls on
            for (int i = 0; i < 20; i++) {
                users.insertOneAsync(new Document("seq", i)).get(30, TimeUnit.SECONDS);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (received.size() < 20 && System.nanoTime() < deadline) {
                sleep(10);
            }
            assertEquals(20, received.size(), "events delivered before the deadline");
            for (int i = 0; i < 20; i++) {
                assertEquals(i, received.get(i));
            }
            assertTrue(threads.stream().allMatch(name -> name.startsWith("connect-mongodb-async-")), threads.toString());
            assertTrue(subscription.isRunning());
        } finally {
            oneWorker.close();
        }
        assertTrue(subscription.awaitTermination(Duration.ofSeconds(10)));
        assertFalse(subscription.isRunning());
        assertInstanceOf(MongoClientClosedException.class, subscription.failure());
        assertEquals(List.of(subscription.failure()), errors);
    }

    @Test
    void databaseAndClientStreamsSeeEveryCollection() {
        Assumptions.assumeFalse(TestServer.shared().isEmbedded(), EMBEDDED_NO_DATABASE_STREAMS);
        try (ChangeStreamCursor<Document> databaseCursor = database.watch().cursor();
             ChangeStreamCursor<Document> clientCursor = client.watch().cursor()) {
            database.getCollection("other").insertOne(new Document("x", 1));
            assertEquals("other", nextWithin(databaseCursor, Duration.ofSeconds(10)).getNamespace().getCollectionName());
            assertEquals(database.getName(), nextWithin(clientCursor, Duration.ofSeconds(10)).getDatabaseName());
        }
    }

    @Test
    void watchInASessionOnTheCollection() {
        try (ClientSession session = client.startSession();
             ChangeStreamCursor<Document> onCollection = collection.watch(session,
                     List.of(new Document("$match", new Document("operationType", "insert")))).cursor()) {
            collection.insertOne(new Document("_id", "in-session"));
            assertEquals(new Document("_id", "in-session"), nextWithin(onCollection, Duration.ofSeconds(10)).getFullDocument());
        }
        assertThrows(IllegalArgumentException.class, () -> collection.watch((ClientSession) null));
        assertThrows(IllegalArgumentException.class, () -> database.watch((ClientSession) null, List.of()));
        assertThrows(IllegalArgumentException.class, () -> client.watch((ClientSession) null, List.of(), Document.class));
    }

    @Test
    void watchInASessionOnTheDatabaseAndClient() {
        Assumptions.assumeFalse(TestServer.shared().isEmbedded(), EMBEDDED_NO_DATABASE_STREAMS);
        try (ClientSession session = client.startSession();
             ChangeStreamCursor<Document> databaseCursor = database.watch(session).cursor();
             ChangeStreamCursor<Document> clientCursor = client.watch(session).cursor()) {
            database.getCollection("other").insertOne(new Document("x", 1));
            assertEquals("other", nextWithin(databaseCursor, Duration.ofSeconds(10)).getNamespace().getCollectionName());
            assertEquals(database.getName(), nextWithin(clientCursor, Duration.ofSeconds(10)).getDatabaseName());
        }
    }
}
