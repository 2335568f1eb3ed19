package io.connectmongodb.examples.mapper;

import io.connectmongodb.driver.MongoClient;
import io.connectmongodb.driver.MongoClients;
import io.connectmongodb.driver.error.MongoTransactionNotSupportedException;
import io.connectmongodb.examples.ExampleServer;
import io.connectmongodb.mapper.Mapper;
import io.connectmongodb.mapper.OptimisticLockException;
import io.connectmongodb.mapper.annotation.Entity;
import io.connectmongodb.mapper.annotation.Id;
import io.connectmongodb.mapper.annotation.PartialUpdate;
import io.connectmongodb.mapper.annotation.Version;

import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Repository;

import java.util.List;

/**
 * The e-commerce order flow: reserve stock and record the order in one {@code mapper.inTransaction},
 * so a rejected line leaves no reservation behind. Where the server cannot run transactions (a
 * standalone server, such as the embedded one of the tour) {@code inTransaction} fails at once,
 * before running anything; the example reports that and runs the rest without one, relying on a
 * conditional stock update and optimistic locking instead.
 */
public final class OrderFlowExample {
    @Entity("products")
    public record Product(@Id String sku, String name, int stock, @Version long version) {
    }

    public record Line(String sku, int quantity) {
    }

    @Entity("orders")
    public record Order(@Id String id, String customer, List<Line> lines, String status) {
    }

    @Repository
    public interface Products extends CrudRepository<Product, String> {
        @PartialUpdate(filter = "{_id: ?0, stock: {$gte: ?1}}", update = "{$inc: {stock: ?2}}", multi = false)
        boolean reserve(String sku, int quantity, int negativeQuantity);
    }

    @Repository
    public interface Orders extends CrudRepository<Order, String> {
    }

    private OrderFlowExample() {
    }

    public static void main(String[] args) {
        try (ExampleServer server = ExampleServer.start()) {
            run(server.uri());
        }
    }

    public static void run(String uri) {
        System.out.println("== Mapper: order flow");
        try (MongoClient client = MongoClients.create(uri); Mapper mapper = Mapper.builder(client, "shop").build()) {
            client.getDatabase("shop").drop();
            Products products = mapper.repository(Products.class);
            Orders orders = mapper.repository(Orders.class);
            products.insertAll(List.of(new Product("pen", "Pen", 10, 0), new Product("ink", "Ink", 1, 0)));
            Order order = new Order("o-1", "ada", List.of(new Line("pen", 2), new Line("ink", 1)), "NEW");
            try {
                System.out.println("first order, in a transaction: " + mapper.inTransaction(tx -> placeOrder(products, orders, order)));
            } catch (MongoTransactionNotSupportedException e) {
                System.out.println("this server has no transactions (" + e.getMessage() + "); nothing ran");
                System.out.println("first order, without a transaction: " + placeOrder(products, orders, order));
            }
            System.out.println("second order for the last ink: "
                    + placeOrder(products, orders, new Order("o-2", "brian", List.of(new Line("ink", 1)), "NEW")));
            Product pen = products.findById("pen").orElseThrow();
            try {
                products.update(new Product(pen.sku(), pen.name(), pen.stock() + 5, pen.version() - 1));
            } catch (OptimisticLockException e) {
                System.out.println("stale restock refused: " + e.getMessage());
            }
            System.out.println("stock now: " + products.findAll().map(p -> p.sku() + "=" + p.stock()).toList());
        }
    }

    private static String placeOrder(Products products, Orders orders, Order order) {
        for (Line line : order.lines()) {
            if (!products.reserve(line.sku(), line.quantity(), -line.quantity())) {
                orders.save(new Order(order.id(), order.customer(), order.lines(), "REJECTED: out of " + line.sku()));
                return "rejected (out of " + line.sku() + ")";
            }
        }
        orders.save(new Order(order.id(), order.customer(), order.lines(), "PLACED"));
        return "placed";
    }
}
