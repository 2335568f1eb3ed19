package io.connectmongodb.driver.internal.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.error.MongoCommandException;
import io.connectmongodb.testsupport.TestServer;
import java.util.ArrayList;
import java.util.List;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.junit.jupiter.api.Test;

/** Connections, the handshake and OP_MSG round trips against the shared test server. */
class SocketConnectionIT {
    private static final ConnectionSettings SETTINGS = new ConnectionSettings(5_000, 10_000, "wire-it");

    static ServerAddress serverAddress() {
        TestServer server = TestServer.shared();
        if (server.isEmbedded()) {
            return ServerAddress.of("127.0.0.1", server.embeddedServer().getLocalAddress().getPort());
        }
        // MONGODB_URI: first host of mongodb://[user:pass@]host[:port][,...][/db][?options]
        String rest = server.uri().substring(server.uri().indexOf("://") + 3);
        rest = rest.substring(rest.lastIndexOf('@') + 1);
        String host = rest.split("[/?,]", 2)[0];
        int colon = host.lastIndexOf(':');
        return colon > 0 && !host.endsWith("]")
                ? ServerAddress.of(host.substring(0, colon), Integer.parseInt(host.substring(colon + 1)))
                : ServerAddress.of(host);
    }

    @Test
    void handshakeFillsTheDescription() {
        try (Connection connection = new SocketConnectionFactory(SETTINGS).open(serverAddress())) {
            ConnectionDescription d = connection.description();
            System.out.println("handshake reply: " + d.helloReply().toJson());
            assertEquals(serverAddress(), d.address());
            assertTrue(d.maxWireVersion() >= HandshakeReplies.MIN_SUPPORTED_WIRE_VERSION);
            assertTrue(d.maxBsonObjectSize() > 0);
            assertTrue(d.maxMessageSizeBytes() > 0);
            assertTrue(d.maxWriteBatchSize() > 0);
            assertNotNull(d.helloReply());
            if (TestServer.shared().isEmbedded()) {
                // mongo-java-server only knows isMaster, so the fallback must have run
                assertFalse(d.helloReply().containsKey("isWritablePrimary"));
                assertEquals(16 * 1024 * 1024, d.maxBsonObjectSize());
            }
        }
    }

    @Test
    void pingInsertAndFindRoundTrip() {
        String collection = "wire_it_" + System.nanoTime();
        try (Connection connection = new SocketConnectionFactory(SETTINGS).open(serverAddress())) {
            BsonDocument pong = connection.command(new BsonDocument("ping", new BsonInt32(1))
                    .append("$db", new BsonString("test")));
            assertEquals(1.0, pong.getNumber("ok").doubleValue());

            List<BsonDocument> documents = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                BsonDocument doc = new BsonDocument("_id", new BsonInt32(i)).append("name", new BsonString("n" + i));
                // operations send pre-encoded documents; the raw path must copy their bytes verbatim
                documents.add(i == 0 ? doc : new RawBsonDocument(doc, new BsonDocumentCodec()));
            }
            BsonDocument inserted = connection.command(
                    new BsonDocument("insert", new BsonString(collection)).append("$db", new BsonString("test")),
                    List.of(new DocumentSequence("documents", documents)));
            assertEquals(3, inserted.getNumber("n").intValue());

            BsonDocument found = connection.command(new BsonDocument("find", new BsonString(collection))
                    .append("sort", new BsonDocument("_id", new BsonInt32(1)))
                    .append("$db", new BsonString("test")));
            List<BsonDocument> batch = new ArrayList<>();
            found.getDocument("cursor").getArray("firstBatch").forEach(v -> batch.add(v.asDocument()));
            assertEquals(documents, batch);

            BsonDocument drop = connection.command(new BsonDocument("drop", new BsonString(collection))
                    .append("$db", new BsonString("test")));
            assertEquals(1.0, drop.getNumber("ok").doubleValue());
        }
    }

    @Test
    void commandErrorKeepsTheConnectionUsable() {
        try (Connection connection = new SocketConnectionFactory(SETTINGS).open(serverAddress())) {
            MongoCommandException e = assertThrows(MongoCommandException.class, () -> connection.command(
                    new BsonDocument("noSuchCommandForWireIT", new BsonInt32(1)).append("$db", new BsonString("test"))));
            assertTrue(e.getMessage().contains(serverAddress().toString()), e.getMessage());
            assertFalse(connection.isClosed());
            connection.command(new BsonDocument("ping", new BsonInt32(1)).append("$db", new BsonString("admin")));
        }
    }

    @Test
    void singleServerSourceReusesConnections() {
        try (SingleServerConnectionSource source = new SingleServerConnectionSource(serverAddress(),
                new SocketConnectionFactory(SETTINGS))) {
            Connection first = source.acquire();
            ConnectionDescription firstDescription = first.description();
            first.close();
            Connection second = source.acquire();
            assertSame(firstDescription, second.description());
            second.command(new BsonDocument("ping", new BsonInt32(1)).append("$db", new BsonString("admin")));
            second.close();
            assertEquals(1, source.idleCount());
        }
    }
}
