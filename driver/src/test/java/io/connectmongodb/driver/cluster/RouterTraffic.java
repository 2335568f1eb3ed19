package io.connectmongodb.driver.cluster;

import io.connectmongodb.driver.MongoClient;
import io.connectmongodb.driver.MongoClientSettings;
import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.event.CommandListener;
import io.connectmongodb.driver.event.CommandStartedEvent;
import io.connectmongodb.testsupport.EmbeddedRouters;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * Counts the {@code find} commands each router receives (through the client's command listener),
 * and small helpers shared by the live cluster tests.
 */
final class RouterTraffic implements CommandListener {
    private final Map<ServerAddress, AtomicLong> finds = new ConcurrentHashMap<>();

    @Override
    public void commandStarted(CommandStartedEvent event) {
        if (event.commandName().equals("find")) {
            finds.computeIfAbsent(event.address(), a -> new AtomicLong()).incrementAndGet();
        }
    }

    long finds(ServerAddress address) {
        AtomicLong count = finds.get(address);
        return count == null ? 0 : count.get();
    }

    long total() {
        return finds.values().stream().mapToLong(AtomicLong::get).sum();
    }

    void reset() {
        finds.clear();
    }

    /** Settings for the routers: quick heartbeats and selection, a wide latency window, counting, no JMX. */
    static MongoClientSettings.Builder settings(List<ServerAddress> hosts, RouterTraffic traffic) {
        return MongoClientSettings.builder().hosts(hosts).heartbeatFrequencyMS(500).serverSelectionTimeoutMS(5_000)
                .localThresholdMS(1_000) // the first check of a router includes JIT warm-up; keep every router in the window
                .connectTimeout(1_000).addCommandListener(traffic)
                .connectionPoolSettings(io.connectmongodb.driver.pool.ConnectionPoolSettings.builder().jmxEnabled(false).build());
    }

    /** Waits (at most 10 s) until every given router is known as a mongos. */
    static void awaitMongoses(MongoClient client, EmbeddedRouters routers, int... indexes) {
        await("routers " + java.util.Arrays.toString(indexes) + " known as mongos", () -> {
            TopologyDescription description = client.getClusterDescription();
            for (int index : indexes) {
                ServerDescription server = description.server(routers.address(index));
                if (server == null || server.type() != ServerType.MONGOS) {
                    return false;
                }
            }
            return true;
        });
    }

    static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after 10 s waiting for " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what);
            }
        }
    }
}
