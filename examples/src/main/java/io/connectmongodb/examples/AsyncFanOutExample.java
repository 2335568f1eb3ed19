package io.connectmongodb.examples;

import io.connectmongodb.driver.MongoClient;
import io.connectmongodb.driver.MongoClientSettings;
import io.connectmongodb.driver.MongoClients;
import io.connectmongodb.driver.MongoDatabase;
import io.connectmongodb.driver.ConnectionString;
import io.connectmongodb.driver.error.MongoBackpressureException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.bson.Document;

/**
 * Async fan-out: counts the documents of several collections concurrently with
 * {@code countDocumentsAsync}, then joins the futures. The client allows 8 async workers and 16
 * queued operations; past that an operation fails at once with {@link MongoBackpressureException}
 * instead of queueing without limit.
 */
public final class AsyncFanOutExample {
    private static final List<String> COLLECTIONS = List.of("orders", "customers", "products", "reviews", "carts");

    private AsyncFanOutExample() {
    }

    public static void main(String[] args) {
        try (ExampleServer server = ExampleServer.start()) {
            run(server.uri());
        }
    }

    public static void run(String uri) {
        System.out.println("== Async fan-out");
        MongoClientSettings settings = MongoClientSettings.builder().applyConnectionString(new ConnectionString(uri))
                .maxAsyncWorkers(8).asyncQueueSize(16).build();
        try (MongoClient client = MongoClients.create(settings)) {
            MongoDatabase database = client.getDatabase("fanout_example");
            database.drop();
            for (int i = 0; i < COLLECTIONS.size(); i++) {
                List<Document> documents = new ArrayList<>();
                for (int n = 0; n < (i + 1) * 10; n++) {
                    documents.add(new Document("n", n));
                }
                database.getCollection(COLLECTIONS.get(i)).insertMany(documents);
            }

            Map<String, CompletableFuture<Long>> counts = new LinkedHashMap<>();
            for (String name : COLLECTIONS) {
                counts.put(name, database.getCollection(name).countDocumentsAsync());
            }
            CompletableFuture.allOf(counts.values().toArray(new CompletableFuture[0])).join();
            counts.forEach((name, count) -> System.out.println("count(" + name + ") = " + count.join()));

            int refused = 0;
            List<CompletableFuture<Long>> burst = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                burst.add(database.getCollection("orders").countDocumentsAsync());
            }
            for (CompletableFuture<Long> future : burst) {
                try {
                    future.join();
                } catch (CompletionException e) {
                    if (!(e.getCause() instanceof MongoBackpressureException)) {
                        throw e;
                    }
                    refused++;
                }
            }
            System.out.println("burst of 200 counts: " + (200 - refused) + " ran, " + refused
                    + " refused at once with MongoBackpressureException (8 workers, 16 queued)");
            database.drop();
        }
    }
}
