package io.connectmongodb.spec;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.error.MongoCommandException;
import io.connectmongodb.driver.error.MongoSocketOpenException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * Plays a {@code failCommand} fail point on the handshake ({@code hello}/{@code isMaster}) inside the
 * stub connection factory, for the CMAP integration files: every open is one handshake. Supports
 * {@code mode} {@code alwaysOn} and {@code {times: n}}, and the data fields {@code blockConnection}
 * with {@code blockTimeMS} (an interruptible sleep, as a blocked socket read that a clear may cut
 * short), {@code errorCode} (a command error reply) and {@code closeConnection} (a network error).
 * Anything else is refused, so a new kind of fail point cannot be silently ignored.
 */
final class CmapSimulatedFailPoint implements Consumer<ServerAddress> {
    private final int times;
    private final AtomicInteger fired = new AtomicInteger();
    private final long blockMillis;
    private final Integer errorCode;
    private final boolean closeConnection;

    CmapSimulatedFailPoint(BsonDocument failPoint) {
        if (!failPoint.getString("configureFailPoint").getValue().equals("failCommand")) {
            throw new IllegalArgumentException("only failCommand can be simulated: " + failPoint.toJson());
        }
        BsonValue mode = failPoint.get("mode");
        if (mode.isString() && mode.asString().getValue().equals("alwaysOn")) {
            times = Integer.MAX_VALUE;
        } else if (mode.isDocument() && mode.asDocument().containsKey("times")) {
            times = mode.asDocument().getNumber("times").intValue();
        } else {
            throw new IllegalArgumentException("unsupported fail point mode " + mode);
        }
        BsonDocument data = failPoint.getDocument("data");
        BsonArray commands = data.getArray("failCommands");
        if (!commands.contains(new BsonString("hello")) && !commands.contains(new BsonString("isMaster"))) {
            throw new IllegalArgumentException("only handshake fail points can be simulated: " + commands);
        }
        for (String key : data.keySet()) {
            if (!java.util.Set.of("failCommands", "appName", "blockConnection", "blockTimeMS", "errorCode", "closeConnection").contains(key)) {
                throw new IllegalArgumentException("fail point field " + key + " cannot be simulated");
            }
        }
        blockMillis = data.getBoolean("blockConnection", org.bson.BsonBoolean.FALSE).getValue()
                ? data.getNumber("blockTimeMS").longValue() : 0;
        errorCode = data.containsKey("errorCode") ? data.getNumber("errorCode").intValue() : null;
        closeConnection = data.getBoolean("closeConnection", org.bson.BsonBoolean.FALSE).getValue();
    }

    @Override
    public void accept(ServerAddress address) {
        if (fired.getAndIncrement() >= times) {
            return;
        }
        if (blockMillis > 0) {
            try {
                Thread.sleep(blockMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new MongoSocketOpenException("handshake with " + address + " interrupted", address, e);
            }
        }
        if (closeConnection) {
            throw new MongoSocketOpenException("server closed the connection during the handshake", address, null);
        }
        if (errorCode != null) {
            throw new MongoCommandException(new BsonDocument("ok", new BsonInt32(0))
                    .append("code", new BsonInt32(errorCode))
                    .append("errmsg", new BsonString("failCommand fail point (simulated)")), address);
        }
    }
}
