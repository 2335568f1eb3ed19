package io.connectmongodb.driver.internal.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.event.CommandFailedEvent;
import io.connectmongodb.driver.event.CommandListener;
import io.connectmongodb.driver.event.CommandStartedEvent;
import io.connectmongodb.driver.event.CommandSucceededEvent;
import io.connectmongodb.driver.internal.connection.DocumentSequence;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

/** Command events: sequences folded into the command, credentials never shown, failing listeners contained. */
class CommandEventPublisherTest {
    private static final ServerAddress ADDRESS = ServerAddress.of("127.0.0.1", 27017);
    private final List<Object> events = new CopyOnWriteArrayList<>();
    private final CommandListener recorder = new CommandListener() {
        @Override
        public void commandStarted(CommandStartedEvent event) {
            events.add(event);
        }

        @Override
        public void commandSucceeded(CommandSucceededEvent event) {
            events.add(event);
        }

        @Override
        public void commandFailed(CommandFailedEvent event) {
            events.add(event);
        }
    };

    @Test
    void startedAndSucceededCarryTheCommandWithItsDocumentSequences() {
        CommandEventPublisher publisher = new CommandEventPublisher(List.of(recorder));
        BsonDocument insert = BsonDocument.parse("{insert: 'c', ordered: true, $db: 'shop'}");
        CommandEventPublisher.Started started = publisher.started(ADDRESS, 12, insert,
                List.of(new DocumentSequence("documents", List.of(BsonDocument.parse("{_id: 1}")))));
        publisher.succeeded(started, BsonDocument.parse("{ok: 1, n: 1}"));
        CommandStartedEvent start = (CommandStartedEvent) events.get(0);
        CommandSucceededEvent success = (CommandSucceededEvent) events.get(1);
        assertEquals("insert", start.commandName());
        assertEquals("shop", start.databaseName());
        assertEquals(12, start.serverConnectionId());
        assertEquals(BsonDocument.parse("{insert: 'c', ordered: true, $db: 'shop', documents: [{_id: 1}]}"), start.command());
        assertEquals(start.requestId(), success.requestId());
        assertEquals(1, success.reply().getInt32("n").getValue());
        assertFalse(success.elapsed().isNegative());
    }

    @Test
    void securitySensitiveCommandsAreShownEmpty() {
        CommandEventPublisher publisher = new CommandEventPublisher(List.of(recorder));
        BsonDocument sasl = BsonDocument.parse("{saslContinue: 1, payload: 'c2VjcmV0', $db: 'admin'}");
        publisher.succeeded(publisher.started(ADDRESS, 1, sasl, List.of()), BsonDocument.parse("{ok: 1, payload: 'cHJvb2Y='}"));
        BsonDocument hello = BsonDocument.parse("{hello: 1, speculativeAuthenticate: {saslStart: 1}, $db: 'admin'}");
        publisher.failed(publisher.started(ADDRESS, 1, hello, List.of()), new IllegalStateException("x"));
        assertTrue(((CommandStartedEvent) events.get(0)).command().isEmpty());
        assertTrue(((CommandSucceededEvent) events.get(1)).reply().isEmpty());
        assertTrue(((CommandStartedEvent) events.get(2)).command().isEmpty());
        assertEquals("saslContinue", ((CommandStartedEvent) events.get(0)).commandName());
        assertFalse(CommandEventPublisher.isSensitive("hello", BsonDocument.parse("{hello: 1}")));
        assertTrue(CommandEventPublisher.isSensitive("createUser", BsonDocument.parse("{createUser: 'u', pwd: 'p'}")));
    }

    @Test
    void aFailingListenerDoesNotStopTheOthers() {
        CommandListener failing = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                throw new IllegalStateException("listener bug");
            }
        };
        CommandEventPublisher publisher = new CommandEventPublisher(List.of(failing, recorder));
        BsonDocument ping = BsonDocument.parse("{ping: 1, $db: 'admin'}");
        publisher.started(ADDRESS, 1, ping, List.of());
        assertSame(ping, ((CommandStartedEvent) events.get(0)).command(), "without sequences the command is shown as sent");
        assertFalse(new CommandEventPublisher(List.of()).isActive());
    }
}
