package io.connectmongodb.testsupport;

import de.bwaldvogel.mongo.MongoServer;
import io.connectmongodb.driver.ServerAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Several embedded "mongos" routers ({@link MongosBackend}, each with its own in-memory data) on
 * random loopback ports. A router can be stopped (its sockets are closed at once, as if the
 * process died) and started again on the same port with the same data.
 */
public final class EmbeddedRouters implements AutoCloseable {
    private final List<MongosBackend> backends = new ArrayList<>();
    private final List<MongoServer> servers = new ArrayList<>();
    private final List<Integer> ports = new ArrayList<>();

    private EmbeddedRouters() {
    }

    public static EmbeddedRouters start(int count) {
        EmbeddedRouters routers = new EmbeddedRouters();
        for (int i = 0; i < count; i++) {
            MongosBackend backend = new MongosBackend();
            MongoServer server = new MongoServer(backend);
            server.bind("127.0.0.1", 0);
            InetSocketAddress address = server.getLocalAddress();
            routers.backends.add(backend);
            routers.servers.add(server);
            routers.ports.add(address.getPort());
        }
        return routers;
    }

    public int size() {
        return servers.size();
    }

    public ServerAddress address(int index) {
        return ServerAddress.of("127.0.0.1", ports.get(index));
    }

    public List<ServerAddress> addresses() {
        List<ServerAddress> all = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            all.add(address(i));
        }
        return all;
    }

    public MongosBackend backend(int index) {
        return backends.get(index);
    }

    /** {@code mongodb://127.0.0.1:a,127.0.0.1:b,...} for the given routers. */
    public String uri(int... indexes) {
        List<Integer> chosen = new ArrayList<>();
        if (indexes.length == 0) {
            for (int i = 0; i < size(); i++) {
                chosen.add(i);
            }
        } else {
            for (int index : indexes) {
                chosen.add(index);
            }
        }
        return "mongodb://" + chosen.stream().map(i -> "127.0.0.1:" + ports.get(i)).collect(Collectors.joining(","));
    }

    /** Closes the router's listener and every open connection at once. */
    public synchronized void kill(int index) {
        MongoServer server = servers.get(index);
        if (server != null) {
            server.shutdownNow();
            servers.set(index, null);
        }
    }

    /** Starts a killed router again on its old port, with its old data. */
    public synchronized void restart(int index) {
        if (servers.get(index) != null) {
            throw new IllegalStateException("router " + index + " is running");
        }
        MongoServer server = new MongoServer(backends.get(index));
        server.bind("127.0.0.1", ports.get(index));
        servers.set(index, server);
    }

    @Override
    public synchronized void close() {
        for (int i = 0; i < servers.size(); i++) {
            kill(i);
        }
    }
}
