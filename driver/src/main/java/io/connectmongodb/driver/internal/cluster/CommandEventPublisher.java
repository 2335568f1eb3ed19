package io.connectmongodb.driver.internal.cluster;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.event.CommandFailedEvent;
import io.connectmongodb.driver.event.CommandListener;
import io.connectmongodb.driver.event.CommandStartedEvent;
import io.connectmongodb.driver.event.CommandSucceededEvent;
import io.connectmongodb.driver.internal.connection.DocumentSequence;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * Publishes command monitoring events to the client's {@link CommandListener}s.
 *
 * <p>The started event's command has every OP_MSG document sequence folded in as an array field,
 * as if it had been sent in the body. Security-sensitive commands (the authentication commands,
 * user management, and a hello carrying {@code speculativeAuthenticate}) are reported with empty
 * command and reply documents, as the command monitoring spec requires, so no event can carry a
 * password or a SCRAM proof. A listener that throws is logged and does not disturb the operation.
 * With no listener registered nothing is built at all.
 */
final class CommandEventPublisher {
    private static final System.Logger LOGGER = System.getLogger(CommandEventPublisher.class.getName());
    private static final AtomicLong REQUEST_IDS = new AtomicLong();
    private static final Set<String> SENSITIVE = Set.of("authenticate", "saslstart", "saslcontinue", "getnonce",
            "createuser", "updateuser", "copydbgetnonce", "copydbsaslstart", "copydb");
    private static final Set<String> HELLO = Set.of("hello", "ismaster");

    private final List<CommandListener> listeners;

    CommandEventPublisher(List<CommandListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    boolean isActive() {
        return !listeners.isEmpty();
    }

    /** Publishes the started event and returns what the outcome events need. */
    Started started(ServerAddress address, long serverConnectionId, BsonDocument command, List<DocumentSequence> sequences) {
        String commandName = command.getFirstKey();
        BsonValue db = command.get("$db");
        String databaseName = db != null && db.isString() ? db.asString().getValue() : "";
        boolean sensitive = isSensitive(commandName, command);
        Started started = new Started(address, serverConnectionId, REQUEST_IDS.incrementAndGet(), databaseName, commandName,
                sensitive, System.nanoTime());
        BsonDocument shown = sensitive ? new BsonDocument() : withSequences(command, sequences);
        publish(l -> l.commandStarted(new CommandStartedEvent(address, serverConnectionId, started.requestId, databaseName,
                commandName, shown)));
        return started;
    }

    void succeeded(Started started, BsonDocument reply) {
        BsonDocument shown = started.sensitive ? new BsonDocument() : reply;
        publish(l -> l.commandSucceeded(new CommandSucceededEvent(started.address, started.serverConnectionId,
                started.requestId, started.databaseName, started.commandName, shown, started.elapsed())));
    }

    void failed(Started started, Throwable failure) {
        publish(l -> l.commandFailed(new CommandFailedEvent(started.address, started.serverConnectionId,
                started.requestId, started.databaseName, started.commandName, failure, started.elapsed())));
    }

    static boolean isSensitive(String commandName, BsonDocument command) {
        String name = commandName.toLowerCase(Locale.ROOT);
        return SENSITIVE.contains(name) || HELLO.contains(name) && command.containsKey("speculativeAuthenticate");
    }

    private static BsonDocument withSequences(BsonDocument command, List<DocumentSequence> sequences) {
        if (sequences.isEmpty()) {
            return command;
        }
        BsonDocument merged = new BsonDocument();
        for (Map.Entry<String, BsonValue> entry : command.entrySet()) {
            merged.put(entry.getKey(), entry.getValue());
        }
        for (DocumentSequence sequence : sequences) {
            merged.put(sequence.identifier(), new BsonArray(List.copyOf(sequence.documents())));
        }
        return merged;
    }

    private void publish(Consumer<CommandListener> call) {
        for (CommandListener listener : listeners) {
            try {
                call.accept(listener);
            } catch (RuntimeException e) {
                LOGGER.log(System.Logger.Level.WARNING, "a command listener failed", e);
            }
        }
    }

    /** What the outcome events repeat from the started event. */
    static final class Started {
        private final ServerAddress address;
        private final long serverConnectionId;
        private final long requestId;
        private final String databaseName;
        private final String commandName;
        private final boolean sensitive;
        private final long startNanos;

        private Started(ServerAddress address, long serverConnectionId, long requestId, String databaseName,
                        String commandName, boolean sensitive, long startNanos) {
            this.address = address;
            this.serverConnectionId = serverConnectionId;
            this.requestId = requestId;
            this.databaseName = databaseName;
            this.commandName = commandName;
            this.sensitive = sensitive;
            this.startNanos = startNanos;
        }

        private Duration elapsed() {
            return Duration.ofNanos(System.nanoTime() - startNanos);
        }
    }
}
