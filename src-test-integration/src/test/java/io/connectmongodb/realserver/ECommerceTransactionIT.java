package io.connectmongodb.realserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.connectmongodb.driver.ClientSession;
import io.connectmongodb.driver.MongoClient;
import io.connectmongodb.driver.MongoClients;
import io.connectmongodb.driver.MongoDatabase;
import io.connectmongodb.driver.ReadConcern;
import io.connectmongodb.driver.TransactionOptions;
import io.connectmongodb.driver.WriteConcern;
import io.connectmongodb.driver.model.BulkWriteResult;
import io.connectmongodb.driver.model.UpdateOneModel;
import io.connectmongodb.driver.model.WriteModel;
import io.connectmongodb.testsupport.DockerSupport;
import io.connectmongodb.testsupport.ReplicaSetContainer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The seed's e-commerce order flow in real transactions on a Testcontainers replica set: order
 * insert, inventory bulk update and payment insert commit together; an order for more than the
 * stock aborts and leaves nothing behind. Skipped, with the reason printed, where Docker is absent.
 */
@ExtendWith(DockerSupport.class)
class ECommerceTransactionIT {

    private static final class InsufficientInventory extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InsufficientInventory(String order) {
            super("insufficient inventory for " + order);
        }
    }

    private static void placeOrder(MongoDatabase shop, ClientSession session, String orderId, Map<String, Integer> items) {
        session.withTransaction(() -> {
            shop.getCollection("orders").insertOne(session, new Document("_id", orderId)
                    .append("items", new Document(new TreeMap<String, Object>(items))));
            List<WriteModel<Document>> decrements = new ArrayList<>();
            items.forEach((sku, quantity) -> decrements.add(new UpdateOneModel<>(
                    new Document("_id", sku).append("qty", new Document("$gte", quantity)),
                    new Document("$inc", new Document("qty", -quantity)))));
            BulkWriteResult result = shop.getCollection("inventory").bulkWrite(session, decrements);
            if (result.matchedCount() != items.size()) {
                throw new InsufficientInventory(orderId);
            }
            shop.getCollection("payments").insertOne(session, new Document("order", orderId).append("amount", 10));
            return null;
        }, TransactionOptions.builder().readConcern(ReadConcern.SNAPSHOT).writeConcern(WriteConcern.MAJORITY).build());
    }

    @Test
    void orderCommitsAndInsufficientInventoryAborts() {
        try (MongoClient client = MongoClients.create(ReplicaSetContainer.uri())) {
            MongoDatabase shop = client.getDatabase("shop_it");
            shop.drop();
            shop.createCollection("orders");
            shop.createCollection("payments");
            shop.getCollection("inventory").insertMany(List.of(new Document("_id", "keyboard").append("qty", 5),
                    new Document("_id", "mouse").append("qty", 1)));
            try (ClientSession session = client.startSession()) {
                placeOrder(shop, session, "order-1", Map.of("keyboard", 2, "mouse", 1));
                assertThrows(InsufficientInventory.class,
                        () -> placeOrder(shop, session, "order-2", Map.of("keyboard", 1, "mouse", 1)));
            }
            assertEquals(1, shop.getCollection("orders").countDocuments());
            assertEquals(1, shop.getCollection("payments").countDocuments());
            assertEquals(3, shop.getCollection("inventory").find(new Document("_id", "keyboard")).first().getInteger("qty"));
            assertEquals(0, shop.getCollection("inventory").find(new Document("_id", "mouse")).first().getInteger("qty"));
            shop.drop();
        }
    }
}
