package io.connectmongodb.examples;

import io.connectmongodb.driver.ClientSession;
import io.connectmongodb.driver.MongoClient;
import io.connectmongodb.driver.MongoClients;
import io.connectmongodb.driver.MongoCollection;
import io.connectmongodb.driver.MongoDatabase;
import io.connectmongodb.driver.ReadConcern;
import io.connectmongodb.driver.TransactionOptions;
import io.connectmongodb.driver.WriteConcern;
import io.connectmongodb.driver.error.MongoTransactionNotSupportedException;
import io.connectmongodb.driver.model.BulkWriteResult;
import io.connectmongodb.driver.model.UpdateOneModel;
import io.connectmongodb.driver.model.WriteModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * The e-commerce order flow: in one transaction an order is inserted, the inventory of every item
 * is decremented with one bulk write (each update only matches while enough stock is left), and a
 * payment is inserted. An order for more than the stock aborts, leaving no order, no payment and
 * the inventory untouched. A server that cannot run transactions (the embedded one, any
 * standalone) is told apart: the example says so and stops after the non-transactional part.
 */
public final class ECommerceTransactionExample {
    private ECommerceTransactionExample() {
    }

    /** Thrown by the order flow when an item lacks stock; aborts the transaction. */
    public static final class InsufficientInventoryException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InsufficientInventoryException(String message) {
            super(message);
        }
    }

    public static void main(String[] args) {
        try (ExampleServer server = ExampleServer.start()) {
            run(server.uri());
        }
    }

    public static void run(String uri) {
        System.out.println("== E-commerce transaction");
        try (MongoClient client = MongoClients.create(uri)) {
            MongoDatabase shop = client.getDatabase("shop_example");
            shop.drop();
            MongoCollection<Document> inventory = shop.getCollection("inventory");
            inventory.insertMany(List.of(new Document("_id", "keyboard").append("qty", 5),
                    new Document("_id", "mouse").append("qty", 1)));
            System.out.println("stock: " + inventory.find().into(new ArrayList<>()));

            try (ClientSession session = client.startSession()) {
                try {
                    session.startTransaction();
                    session.abortTransaction();
                } catch (MongoTransactionNotSupportedException e) {
                    System.out.println("This server cannot run transactions, so the order flow is skipped: "
                            + e.getMessage());
                    System.out.println("(run it against a replica set, e.g. MONGODB_URI=mongodb://localhost:27017/?replicaSet=rs0)");
                    shop.drop();
                    return;
                }
                String placed = placeOrder(shop, session, "order-1", Map.of("keyboard", 2, "mouse", 1), 129.90);
                System.out.println("order-1: " + placed);
                String refused = placeOrder(shop, session, "order-2", Map.of("keyboard", 1, "mouse", 1), 59.90);
                System.out.println("order-2: " + refused);
            }
            System.out.println("orders: " + shop.getCollection("orders").countDocuments() + ", payments: "
                    + shop.getCollection("payments").countDocuments() + ", stock: " + inventory.find().into(new ArrayList<>()));
            shop.drop();
        }
    }

    /** Places one order in a transaction; answers "committed" or why it was aborted. */
    public static String placeOrder(MongoDatabase shop, ClientSession session, String orderId, Map<String, Integer> items,
                                    double amount) {
        TransactionOptions options = TransactionOptions.builder().readConcern(ReadConcern.SNAPSHOT)
                .writeConcern(WriteConcern.MAJORITY).build();
        try {
            session.withTransaction(() -> {
                shop.getCollection("orders").insertOne(session, new Document("_id", orderId).append("items", new Document(
                        new java.util.TreeMap<String, Object>(items))).append("amount", amount));
                List<WriteModel<Document>> decrements = new ArrayList<>();
                items.forEach((sku, quantity) -> decrements.add(new UpdateOneModel<>(
                        new Document("_id", sku).append("qty", new Document("$gte", quantity)),
                        new Document("$inc", new Document("qty", -quantity)))));
                BulkWriteResult result = shop.getCollection("inventory").bulkWrite(session, decrements);
                if (result.matchedCount() != items.size()) {
                    throw new InsufficientInventoryException("insufficient inventory for " + orderId);
                }
                shop.getCollection("payments").insertOne(session, new Document("order", orderId).append("amount", amount));
                return null;
            }, options);
            return "committed";
        } catch (InsufficientInventoryException e) {
            return "aborted (" + e.getMessage() + ")";
        }
    }
}
