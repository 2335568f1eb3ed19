package io.connectmongodb.examples;

import io.connectmongodb.driver.MongoClient;
import io.connectmongodb.driver.MongoClients;
import io.connectmongodb.driver.MongoCollection;
import io.connectmongodb.driver.model.DeleteResult;
import io.connectmongodb.driver.model.UpdateResult;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/** Quick start: insert, find with a filter, update, delete and aggregate. */
public final class QuickStart {
    private QuickStart() {
    }

    public static void main(String[] args) {
        try (ExampleServer server = ExampleServer.start()) {
            run(server.uri());
        }
    }

    static void run(String uri) {
        System.out.println("== Quick start");
        try (MongoClient client = MongoClients.create(uri)) {
            MongoCollection<Document> users = client.getDatabase("quickstart").getCollection("users");
            users.drop();

            users.insertOne(new Document("name", "Alice").append("age", 30).append("city", "Oslo"));
            users.insertMany(List.of(
                    new Document("name", "Bob").append("age", 25).append("city", "Lima"),
                    new Document("name", "Carol").append("age", 35).append("city", "Oslo")));
            System.out.println("inserted 3 users");

            List<Document> adults = users.find(new Document("age", new Document("$gte", 30)))
                    .sort(new Document("name", 1))
                    .projection(new Document("_id", 0).append("name", 1).append("age", 1))
                    .into(new ArrayList<>());
            System.out.println("age >= 30: " + adults);

            UpdateResult updated = users.updateOne(new Document("name", "Bob"), new Document("$inc", new Document("age", 1)));
            System.out.println("updated " + updated.modifiedCount() + " user; Bob is now "
                    + users.find(new Document("name", "Bob")).first().getInteger("age"));

            List<Document> byCity = users.aggregate(List.of(
                    new Document("$group", new Document("_id", "$city").append("count", new Document("$sum", 1))),
                    new Document("$sort", new Document("_id", 1)))).into(new ArrayList<>());
            System.out.println("users per city: " + byCity);

            DeleteResult deleted = users.deleteMany(new Document("city", "Oslo"));
            System.out.println("deleted " + deleted.deletedCount() + " users; " + users.countDocuments() + " left");
        }
    }
}
