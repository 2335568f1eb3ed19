package io.connectmongodb.examples;

import io.connectmongodb.driver.MongoClient;
import io.connectmongodb.driver.MongoClientSettings;
import io.connectmongodb.driver.MongoClients;
import io.connectmongodb.driver.MongoCollection;
import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.balancing.CircuitBreakerSettings;
import io.connectmongodb.driver.balancing.ClusterStatistics;
import io.connectmongodb.driver.balancing.LoadBalancingSettings;
import io.connectmongodb.driver.balancing.LoadBalancingStrategyType;
import io.connectmongodb.driver.balancing.ServerStatistics;
import io.connectmongodb.driver.cluster.ServerType;
import io.connectmongodb.driver.event.CircuitBreakerClosedEvent;
import io.connectmongodb.driver.event.CircuitBreakerHalfOpenEvent;
import io.connectmongodb.driver.event.CircuitBreakerListener;
import io.connectmongodb.driver.event.CircuitBreakerOpenedEvent;
import io.connectmongodb.driver.event.CommandListener;
import io.connectmongodb.driver.event.CommandStartedEvent;
import io.connectmongodb.driver.pool.ConnectionPoolStatistics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;

/**
 * Load balancing across three mongos routers (embedded servers on loopback): how each strategy
 * spreads finds, a router stopped and started again (circuit breaker events), strategy switching
 * at run time, and the statistics.
 */
public final class LoadBalancingExample {
    private LoadBalancingExample() {
    }

    public static void main(String[] args) {
        run();
    }

    public static void run() {
        System.out.println("== Load balancing across three mongos routers");
        List<EmbeddedMongos> routers = List.of(EmbeddedMongos.start(), EmbeddedMongos.start(), EmbeddedMongos.start());
        Map<ServerAddress, AtomicLong> finds = new ConcurrentHashMap<>();
        CommandListener counter = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                if (event.commandName().equals("find")) {
                    finds.computeIfAbsent(event.address(), a -> new AtomicLong()).incrementAndGet();
                }
            }
        };
        CircuitBreakerListener breakerEvents = new CircuitBreakerListener() {
            @Override
            public void circuitOpened(CircuitBreakerOpenedEvent event) {
                System.out.println("   breaker OPEN      " + event.address() + ": " + event.reason());
            }

            @Override
            public void circuitHalfOpen(CircuitBreakerHalfOpenEvent event) {
                System.out.println("   breaker HALF_OPEN " + event.address() + " (" + event.probeCalls() + " probes)");
            }

            @Override
            public void circuitClosed(CircuitBreakerClosedEvent event) {
                System.out.println("   breaker CLOSED    " + event.address());
            }
        };
        String hosts = String.join(",", routers.stream().map(EmbeddedMongos::hostAndPort).toList());
        ServerAddress first = ServerAddress.of("127.0.0.1", routers.get(0).port());
        MongoClientSettings settings = MongoClientSettings.builder()
                .applyConnectionString(new io.connectmongodb.driver.ConnectionString(
                        "mongodb://" + hosts + "/?heartbeatFrequencyMS=500&serverSelectionTimeoutMS=5000&maxPoolSize=20"
                        // a wide latency window: on one machine the first check of a router includes JIT warm-up,
                        // which would keep it out of the default 15 ms window for the few seconds this demo runs
                        + "&localThresholdMS=1000"))
                .loadBalancingSettings(LoadBalancingSettings.builder()
                        .strategy(LoadBalancingStrategyType.ROUND_ROBIN)
                        .weights(Map.of(first, 10))
                        .circuitBreaker(CircuitBreakerSettings.builder().failureThreshold(1)
                                .recoveryTimeout(Duration.ofSeconds(1)).halfOpenMaxCalls(2).build())
                        .jmxEnabled(false)
                        .build())
                .addCommandListener(counter)
                .addCircuitBreakerListener(breakerEvents)
                .build();
        try (MongoClient client = MongoClients.create(settings)) {
            awaitRouters(client, 3);
            MongoCollection<Document> orders = client.getDatabase("shop").getCollection("orders");
            for (LoadBalancingStrategyType strategy : List.of(LoadBalancingStrategyType.ROUND_ROBIN,
                    LoadBalancingStrategyType.WEIGHTED, LoadBalancingStrategyType.LEAST_CONNECTIONS,
                    LoadBalancingStrategyType.RESPONSE_TIME)) {
                client.setLoadBalancingStrategy(strategy);
                finds.clear();
                for (int i = 0; i < 120; i++) {
                    orders.find().first();
                }
                System.out.println("   " + strategy + ": " + counts(finds, routers));
            }

            client.setLoadBalancingStrategy(LoadBalancingStrategyType.ROUND_ROBIN);
            System.out.println("-- stopping router-1 at " + routers.get(1).hostAndPort() + " while finds run");
            routers.get(1).stop();
            int failed = 0;
            for (int i = 0; i < 60; i++) {
                try {
                    orders.find().first();
                } catch (RuntimeException e) {
                    failed++;
                }
            }
            System.out.println("   finds that failed at the moment of the stop: " + failed);
            System.out.println("-- starting it again on the same port");
            routers.get(1).restart();
            awaitRouters(client, 3);
            sleep(1_200); // past the breaker's recovery timeout: the next finds are its half-open probes
            for (int i = 0; i < 60; i++) {
                orders.find().first();
            }
            printStatistics(client);
        } finally {
            routers.forEach(EmbeddedMongos::close);
        }
    }

    /** Finds per router, labelled router-0 (weight 10), router-1, router-2 in start order. */
    private static Map<String, Long> counts(Map<ServerAddress, AtomicLong> finds, List<EmbeddedMongos> routers) {
        Map<String, Long> counts = new TreeMap<>();
        for (int i = 0; i < routers.size(); i++) {
            AtomicLong count = finds.get(ServerAddress.of("127.0.0.1", routers.get(i).port()));
            counts.put("router-" + i + (i == 0 ? " (weight 10)" : ""), count == null ? 0 : count.get());
        }
        return counts;
    }

    private static void printStatistics(MongoClient client) {
        ClusterStatistics cluster = client.clusterStatistics();
        System.out.println("-- statistics: strategy " + cluster.strategy() + ", " + cluster.totalRequests() + " requests, "
                + cluster.totalFailures() + " failures, " + cluster.openCircuits() + " open circuits");
        for (ServerStatistics server : cluster.servers()) {
            System.out.printf("   %s %s breaker=%s avg=%d us errorRate=%.2f connections=%d rps=%.1f%n", server.address(),
                    server.status(), server.breakerState(), server.averageResponseMicros(), server.errorRate(),
                    server.connectionCount(), server.requestsPerSecond());
        }
        for (ConnectionPoolStatistics pool : client.connectionPoolStats()) {
            System.out.println("   pool " + pool.address() + ": total " + pool.total() + ", in use " + pool.inUse()
                    + ", checkouts " + pool.totalCheckouts());
        }
    }

    private static void awaitRouters(MongoClient client, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (client.getClusterDescription().serversOfType(ServerType.MONGOS).size() < count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the routers were not discovered within 10 s: " + client.getClusterDescription());
            }
            sleep(20);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
