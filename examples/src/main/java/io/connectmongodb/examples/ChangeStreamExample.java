package io.connectmongodb.examples;

import io.connectmongodb.driver.MongoClient;
import io.connectmongodb.driver.MongoClients;
import io.connectmongodb.driver.MongoCollection;
import io.connectmongodb.driver.changestream.ChangeStreamEvent;
import io.connectmongodb.driver.changestream.ChangeStreamSubscription;
import io.connectmongodb.driver.changestream.FullDocument;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.bson.Document;

/**
 * The user-registration flow driven by a change stream: a listener sends a welcome mail when a
 * user registers (insert) and unlocks the account when the user confirms the address (update).
 * The listener runs on the stream's own thread; the main thread only writes.
 */
public final class ChangeStreamExample {
    private ChangeStreamExample() {
    }

    public static void main(String[] args) {
        try (ExampleServer server = ExampleServer.start()) {
            run(server.uri());
        }
    }

    public static void run(String uri) {
        System.out.println("== Change streams: user registration");
        try (MongoClient client = MongoClients.create(uri)) {
            MongoCollection<Document> users = client.getDatabase("changestream_example").getCollection("users");
            users.drop();
            users.insertOne(new Document("_id", "setup"));
            users.deleteOne(new Document("_id", "setup"));

            CountDownLatch handled = new CountDownLatch(4);
            List<Document> onlyInsertsAndUpdates = List.of(new Document("$match",
                    new Document("operationType", new Document("$in", List.of("insert", "update")))));
            try (ChangeStreamSubscription subscription = users.watch(onlyInsertsAndUpdates)
                    .fullDocument(FullDocument.UPDATE_LOOKUP)
                    .listen(event -> {
                        react(event);
                        handled.countDown();
                    })) {
                users.insertOne(new Document("_id", "alice").append("email", "alice@example.org").append("confirmed", false));
                users.insertOne(new Document("_id", "bob").append("email", "bob@example.org").append("confirmed", false));
                users.updateOne(new Document("_id", "alice"), new Document("$set", new Document("confirmed", true)));
                users.updateOne(new Document("_id", "bob"), new Document("$set", new Document("confirmed", true)));
                boolean done = handled.await(10, TimeUnit.SECONDS);
                System.out.println(done ? "all registrations handled" : "timed out waiting for the listener");
                subscription.stop();
                subscription.awaitTermination(Duration.ofSeconds(5));
                System.out.println("listener stopped; resume token to continue later: " + subscription.getResumeToken());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void react(ChangeStreamEvent<Document> event) {
        Document user = event.getFullDocument();
        Object userId = event.getDocumentKey() == null ? null : event.getDocumentKey().get("_id");
        String who = user != null && user.getString("email") != null ? user.getString("email")
                : userId != null ? userId.toString() : "a user";
        switch (event.getOperationType()) {
            case INSERT -> System.out.println("registered " + who + ": sending the welcome mail with a confirmation link");
            case UPDATE -> System.out.println("update of " + who + " (confirmed: " + (user == null ? "?" : user.get("confirmed"))
                    + "): account confirmed, unlocking it");
            default -> System.out.println("ignored " + event.getOperationTypeName());
        }
    }
}
