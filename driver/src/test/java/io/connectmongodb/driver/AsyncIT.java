package io.connectmongodb.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.error.MongoBackpressureException;
import io.connectmongodb.driver.error.MongoClientClosedException;
import io.connectmongodb.driver.error.MongoWriteException;
import io.connectmongodb.driver.event.CommandListener;
import io.connectmongodb.driver.event.CommandStartedEvent;
import io.connectmongodb.driver.model.InsertOneResult;
import io.connectmongodb.driver.pool.ConnectionPoolSettings;
import io.connectmongodb.testsupport.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.bson.BsonInt32;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** The async API against the test server: volume on a pool of 20, back-pressure, cancellation, close. */
class AsyncIT {
    private final List<String> commands = new CopyOnWriteArrayList<>();

    private MongoClient client(int workers, int queue) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(TestServer.shared().uri()))
                .connectionPoolSettings(ConnectionPoolSettings.builder().maxPoolSize(20).build())
                .maxAsyncWorkers(workers).asyncQueueSize(queue)
                .addCommandListener(new CommandListener() {
                    @Override
                    public void commandStarted(CommandStartedEvent event) {
                        commands.add(event.commandName());
                    }
                })
                .build());
    }

    private static MongoCollection<Document> collection(MongoClient client, String name) {
        MongoCollection<Document> collection = client.getDatabase(ServerTestSupport.databaseName(AsyncIT.class))
                .getCollection(name);
        collection.drop();
        return collection;
    }

    @Test
    void twoThousandConcurrentOperationsOnAPoolOfTwentyCompleteCorrectly() throws Exception {
        try (MongoClient client = client(20, 2_000)) {
            MongoCollection<Document> collection = collection(client, "volume");
            List<CompletableFuture<InsertOneResult>> futures = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                futures.add(collection.insertOneAsync(new Document("_id", i).append("square", i * i)));
            }
            CompletableFuture.allOf(futures.toArray(new CompletableFuture[0])).get(120, TimeUnit.SECONDS);
            for (int i = 0; i < 2_000; i++) {
                assertEquals(new BsonInt32(i), futures.get(i).get().insertedId());
            }
            assertEquals(2_000L, collection.countDocumentsAsync().get(30, TimeUnit.SECONDS));
            assertEquals(new Document("_id", 77).append("square", 77 * 77),
                    collection.find(new Document("_id", 77)).firstAsync().get(30, TimeUnit.SECONDS));
            MongoWriteException duplicate = (MongoWriteException) assertThrows(ExecutionException.class,
                    () -> collection.insertOneAsync(new Document("_id", 1)).get(30, TimeUnit.SECONDS)).getCause();
            assertTrue(duplicate.getMessage().contains("E11000") || duplicate.error().isDuplicateKey(), duplicate.getMessage());
        }
    }

    @Test
    void pastTheBoundBackPressureAppearsAndNothingAcceptedIsLost() throws Exception {
        try (MongoClient client = client(20, 100)) {
            MongoCollection<Document> collection = collection(client, "bounded");
            List<CompletableFuture<InsertOneResult>> futures = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                futures.add(collection.insertOneAsync(new Document("_id", i)));
            }
            int accepted = 0;
            int refused = 0;
            for (CompletableFuture<InsertOneResult> future : futures) {
                try {
                    future.get(120, TimeUnit.SECONDS);
                    accepted++;
                } catch (ExecutionException e) {
                    assertInstanceOf(MongoBackpressureException.class, e.getCause());
                    refused++;
                }
            }
            System.out.println("async back-pressure: " + accepted + " accepted and written, " + refused + " refused");
            assertTrue(refused > 0, "2,000 submissions at once exceed 20 workers + 100 queued");
            assertEquals(2_000, accepted + refused);
            assertEquals(accepted, collection.countDocuments(), "every accepted operation was written, no refused one");
        }
    }

    @Test
    void cancellingDuringACursorReadKillsTheCursor() throws Exception {
        try (MongoClient client = client(4, 10)) {
            MongoCollection<Document> collection = collection(client, "cancel");
            List<Document> documents = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                documents.add(new Document("_id", i));
            }
            collection.insertMany(documents);
            commands.clear();
            CompletableFuture<?>[] holder = new CompletableFuture<?>[1];
            List<Document> target = new ArrayList<>() {
                @Override
                public boolean add(Document document) {
                    if (size() == 25) {
                        holder[0].cancel(true);
                    }
                    return super.add(document);
                }
            };
            synchronized (holder) {
                holder[0] = collection.find().batchSize(10).intoAsync(target);
            }
            assertThrows(CancellationException.class, () -> holder[0].get(30, TimeUnit.SECONDS));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!commands.contains("killCursors") && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(commands.contains("killCursors"), "the server cursor was killed: " + commands);
            assertTrue(target.size() < 300, "reading stopped early, at " + target.size());
        }
    }

    @Test
    void closingTheClientFailsPendingFuturesAndLeavesNoWorkerThread() throws Exception {
        MongoClient client = client(2, 1_000);
        MongoCollection<Document> collection = collection(client, "closing");
        List<CompletableFuture<InsertOneResult>> futures = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            futures.add(collection.insertOneAsync(new Document("_id", i)));
        }
        client.close();
        int closed = 0;
        for (CompletableFuture<InsertOneResult> future : futures) {
            try {
                future.get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                assertInstanceOf(MongoClientClosedException.class, e.getCause(), () -> "typed client-closed error, got "
                        + stackTrace(e.getCause()));
                closed++;
            }
        }
        assertTrue(closed > 0, "some operations were still pending at close");
        assertTrue(Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .noneMatch(t -> t.getName().startsWith("connect-mongodb-async")), "no async worker survives close");
        assertInstanceOf(MongoClientClosedException.class, assertThrows(ExecutionException.class,
                () -> collection.insertOneAsync(new Document("_id", -1)).get()).getCause());
    }

    private static String stackTrace(Throwable t) {
        java.io.StringWriter out = new java.io.StringWriter();
        t.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }
}
