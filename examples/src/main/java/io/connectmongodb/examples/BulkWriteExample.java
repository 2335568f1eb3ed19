package io.connectmongodb.examples;

import io.connectmongodb.driver.MongoClient;
import io.connectmongodb.driver.MongoClients;
import io.connectmongodb.driver.MongoCollection;
import io.connectmongodb.driver.error.MongoBulkWriteException;
import io.connectmongodb.driver.model.BulkWriteOptions;
import io.connectmongodb.driver.model.BulkWriteResult;
import io.connectmongodb.driver.model.DeleteOneModel;
import io.connectmongodb.driver.model.InsertOneModel;
import io.connectmongodb.driver.model.ReplaceOneModel;
import io.connectmongodb.driver.model.UpdateManyModel;
import io.connectmongodb.driver.model.UpdateOneModel;
import io.connectmongodb.driver.model.UpdateOptions;
import io.connectmongodb.driver.model.WriteModel;
import java.util.List;
import org.bson.Document;

/**
 * Bulk writes: one call with inserts, updates, an upsert, a replacement and a delete; then a
 * duplicate key in the middle of an ordered bulk (which stops there) and of an unordered one
 * (which carries on), with the failed request's index in the caller's list.
 */
public final class BulkWriteExample {
    private BulkWriteExample() {
    }

    public static void main(String[] args) {
        try (ExampleServer server = ExampleServer.start()) {
            run(server.uri());
        }
    }

    public static void run(String uri) {
        System.out.println("== Bulk write");
        try (MongoClient client = MongoClients.create(uri)) {
            MongoCollection<Document> stock = client.getDatabase("bulk_example").getCollection("stock");
            stock.drop();
            BulkWriteResult result = stock.bulkWrite(List.of(
                    new InsertOneModel<>(new Document("_id", "apple").append("qty", 5)),
                    new InsertOneModel<>(new Document("_id", "pear").append("qty", 0)),
                    new UpdateOneModel<>(new Document("_id", "apple"), new Document("$inc", new Document("qty", 10))),
                    new UpdateOneModel<>(new Document("_id", "plum"), new Document("$set", new Document("qty", 7)),
                            new UpdateOptions().upsert(true)),
                    new ReplaceOneModel<>(new Document("_id", "pear"), new Document("qty", 3).append("ripe", true)),
                    new UpdateManyModel<>(new Document(), new Document("$set", new Document("checked", true))),
                    new DeleteOneModel<>(new Document("_id", "plum"))));
            System.out.println("inserted " + result.insertedCount() + ", matched " + result.matchedCount() + ", modified "
                    + result.modifiedCount() + ", deleted " + result.deletedCount() + ", upserted ids by index "
                    + result.upsertedIds());

            List<WriteModel<Document>> withDuplicate = List.of(
                    new InsertOneModel<>(new Document("_id", "kiwi")),
                    new InsertOneModel<>(new Document("_id", "apple")),
                    new InsertOneModel<>(new Document("_id", "mango")));
            for (boolean ordered : new boolean[] {true, false}) {
                try {
                    stock.bulkWrite(withDuplicate, new BulkWriteOptions().ordered(ordered));
                } catch (MongoBulkWriteException e) {
                    System.out.println((ordered ? "ordered" : "unordered") + ": duplicate key at index "
                            + e.writeErrors().get(0).index() + ", inserted " + e.partialResult().insertedCount()
                            + " of 3");
                }
                stock.deleteMany(new Document("_id", new Document("$in", List.of("kiwi", "mango"))));
            }
            stock.drop();
        }
    }
}
