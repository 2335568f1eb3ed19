package io.connectmongodb.driver.internal.pool;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.internal.connection.Connection;
import io.connectmongodb.driver.internal.connection.ConnectionFactory;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Opens {@link StubConnection}s. Before each open it runs the installed handshake behaviour (sleep,
 * throw...), and it counts opens, concurrent opens and the highest concurrency seen, so tests can
 * check {@code maxConnecting}.
 */
public final class StubConnectionFactory implements ConnectionFactory {
    private final AtomicInteger opens = new AtomicInteger();
    private final AtomicInteger concurrentOpens = new AtomicInteger();
    private final AtomicInteger maxConcurrentOpens = new AtomicInteger();
    private final List<StubConnection> opened = new CopyOnWriteArrayList<>();
    private volatile Consumer<ServerAddress> handshake = address -> { };

    /** Runs {@code behaviour} during every following open, before the connection exists; it may throw. */
    public StubConnectionFactory onHandshake(Consumer<ServerAddress> behaviour) {
        this.handshake = behaviour;
        return this;
    }

    @Override
    public Connection open(ServerAddress address) {
        opens.incrementAndGet();
        int now = concurrentOpens.incrementAndGet();
        maxConcurrentOpens.accumulateAndGet(now, Math::max);
        try {
            handshake.accept(address);
            StubConnection connection = new StubConnection(address);
            opened.add(connection);
            return connection;
        } finally {
            concurrentOpens.decrementAndGet();
        }
    }

    public int opens() {
        return opens.get();
    }

    public int maxConcurrentOpens() {
        return maxConcurrentOpens.get();
    }

    public List<StubConnection> opened() {
        return opened;
    }
}
