package io.connectmongodb.jdbc.internal.connection;

import io.connectmongodb.driver.MongoClient;
import io.connectmongodb.jdbc.internal.schema.SchemaCache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Function;

/**
 * Reference-counted driver clients, one per connection string (URL + credentials): a JDBC connection is a handle on
 * a shared client and its pooled sockets, not a socket of its own. The last handle to close closes the client. Keys
 * are SHA-256 digests of the connection string, so no password is kept as a map key.
 */
public final class ClientRegistry {

    private final Function<String, MongoClient> clientFactory;
    private final Map<String, SharedClient> clients = new HashMap<>();

    public ClientRegistry(Function<String, MongoClient> clientFactory) {
        this.clientFactory = clientFactory;
    }

    /** A handle on the client for {@code connectionString}, creating the client on first use. */
    public synchronized SharedClient acquire(String connectionString, Duration schemaTtl, int sampleSize) {
        String key = digest(connectionString) + "|" + schemaTtl.toSeconds() + "|" + sampleSize;
        SharedClient shared = clients.get(key);
        if (shared == null) {
            MongoClient client = clientFactory.apply(connectionString);
            shared = new SharedClient(key, client, new SchemaCache(client, sampleSize, schemaTtl, Clock.systemUTC()));
            clients.put(key, shared);
        }
        shared.retain();
        return shared;
    }

    /** Gives back a handle; closes the client when it was the last one. */
    public void release(SharedClient shared) {
        boolean last;
        synchronized (this) {
            last = shared.release() == 0;
            if (last) {
                clients.remove(shared.key());
            }
        }
        if (last) {
            shared.client().close();
        }
    }

    /** The number of distinct clients currently open (for tests and diagnostics). */
    public synchronized int openClients() {
        return clients.size();
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
