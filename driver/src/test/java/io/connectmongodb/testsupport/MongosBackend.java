package io.connectmongodb.testsupport;

import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * An in-memory mongo-java-server backend that presents itself as a mongos router: its
 * {@code isMaster} reply also carries {@code msg: "isdbgrid"}, so the driver's topology sees a
 * Mongos and the deployment as Sharded. Tests can give it member tags (for TAG_AWARE balancing) and
 * an artificial delay on every command other than the handshake/monitoring one (for RESPONSE_TIME
 * balancing and pool tests), both changeable while it runs.
 */
public class MongosBackend extends MemoryBackend {
    private volatile Map<String, String> tags = Map.of();
    private volatile long commandDelayMillis;

    public MongosBackend tags(Map<String, String> value) {
        this.tags = Map.copyOf(value);
        return this;
    }

    public MongosBackend commandDelayMillis(long value) {
        this.commandDelayMillis = value;
        return this;
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if (isHandshake(command)) {
            Document reply = super.handleCommand(channel, databaseName, command, query);
            reply.put("msg", "isdbgrid");
            if (!tags.isEmpty()) {
                Document tagDocument = new Document();
                tags.forEach(tagDocument::put);
                reply.put("tags", tagDocument);
            }
            return reply;
        }
        long delay = commandDelayMillis;
        if (delay > 0) {
            sleep(delay);
        }
        return super.handleCommand(channel, databaseName, command, query);
    }

    private static boolean isHandshake(String command) {
        return command.equalsIgnoreCase("ismaster") || command.equalsIgnoreCase("hello");
    }

    private static void sleep(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
