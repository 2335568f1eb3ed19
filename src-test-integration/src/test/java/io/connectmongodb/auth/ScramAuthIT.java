package io.connectmongodb.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.MongoCredential;
import com.mongodb.MongoSecurityException;
import de.bwaldvogel.mongo.MongoServer;
import io.connectmongodb.driver.MongoClient;
import io.connectmongodb.driver.MongoClients;
import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.error.MongoAuthenticationException;
import io.connectmongodb.driver.error.MongoCommandException;
import io.connectmongodb.driver.error.MongoUnsupportedFeatureException;
import io.connectmongodb.driver.internal.auth.AuthCredential;
import io.connectmongodb.driver.internal.auth.ScramKeyCache;
import io.connectmongodb.driver.internal.connection.Connection;
import io.connectmongodb.driver.internal.connection.ConnectionSettings;
import io.connectmongodb.driver.internal.connection.SingleServerConnectionSource;
import io.connectmongodb.driver.internal.pool.ConnectionPool;
import io.connectmongodb.driver.pool.ConnectionPoolSettings;
import io.connectmongodb.driver.internal.connection.SocketConnectionFactory;
import io.connectmongodb.driver.internal.connection.SocketStreamFactory;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SCRAM end to end over the wire against an embedded server that requires authentication, whose
 * SCRAM-SHA-256 side is kafka-clients' ScramSaslServer. The official MongoDB driver authenticates
 * first (SCRAM-SHA-256 and SCRAM-SHA-1), proving that the shim speaks MongoDB's SCRAM; then this
 * driver: right and wrong passwords, SASLprep'd names and passwords, speculative authentication and
 * its fallback, 20 connections with PBKDF2 counted once, and a tampered server signature.
 */
class ScramAuthIT {
    private static AuthenticatingBackend backend;
    private static MongoServer server;
    private static ServerAddress address;

    @BeforeAll
    static void start() {
        backend = new AuthenticatingBackend();
        backend.addSha256User("alice", "wonderland");
        backend.addSha256User("IX", "IX");
        backend.addSha256User("roman", "IV"); // password U+2163 ROMAN NUMERAL FOUR, stored SASLprep'd as "IV"
        // Kafka's SCRAM grammar accepts only ASCII user names, so the non-ASCII user name (which
        // MongoDB sends unprepared, as raw UTF-8) is exercised on the SCRAM-SHA-1 server.
        backend.addSha1User("\u2168", "\u2163");
        backend.addSha256User("spacey", "pass word");
        backend.addSha1User("legacy", "sha1-secret");
        backend.addSha1User("both", "both");
        backend.addSha256User("both", "both");
        server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        InetSocketAddress local = server.getLocalAddress();
        address = ServerAddress.of("127.0.0.1", local.getPort());
    }

    @AfterAll
    static void stop() {
        server.shutdownNow();
    }

    @BeforeEach
    void reset() {
        backend.tamperServerSignature = false;
        backend.answerSpeculative = true;
    }

    private static com.mongodb.client.MongoClient official(MongoCredential credential) {
        return com.mongodb.client.MongoClients.create(com.mongodb.MongoClientSettings.builder()
                .applyToClusterSettings(b -> b.hosts(List.of(new com.mongodb.ServerAddress("127.0.0.1", address.port())))
                        .serverSelectionTimeout(5, TimeUnit.SECONDS))
                .credential(credential).build());
    }

    private static SocketConnectionFactory ours(String user, String password, String mechanism, ScramKeyCache cache) {
        ConnectionSettings settings = new ConnectionSettings(5_000, 5_000, "scram-it")
                .withCredential(AuthCredential.of(user, "admin", password.toCharArray(), mechanism));
        return new SocketConnectionFactory(settings, new SocketStreamFactory(settings), cache);
    }

    private static BsonDocument insertAndCount(Connection connection, String collection) {
        connection.command(new BsonDocument("insert", new BsonString(collection))
                .append("documents", new BsonArray(List.of(new BsonDocument("x", new BsonInt32(1)))))
                .append("$db", new BsonString("scram_it")));
        return connection.command(new BsonDocument("find", new BsonString(collection)).append("$db", new BsonString("scram_it")));
    }

    @Test
    void officialDriverAuthenticatesAgainstTheShimFirst() {
        try (com.mongodb.client.MongoClient client = official(
                MongoCredential.createScramSha256Credential("alice", "admin", "wonderland".toCharArray()))) {
            client.getDatabase("scram_it").getCollection("official").insertOne(new Document("by", "official"));
            assertEquals(1, client.getDatabase("scram_it").getCollection("official").countDocuments());
        }
        try (com.mongodb.client.MongoClient client = official(
                MongoCredential.createScramSha256Credential("alice", "admin", "wrong".toCharArray()))) {
            assertThrows(MongoSecurityException.class,
                    () -> client.getDatabase("scram_it").getCollection("official").insertOne(new Document()));
        }
        try (com.mongodb.client.MongoClient client = official(
                MongoCredential.createScramSha256Credential("roman", "admin", "I\u00ADV".toCharArray()))) {
            client.getDatabase("scram_it").getCollection("official_prep").insertOne(new Document("ok", 1));
        }
        try (com.mongodb.client.MongoClient client = official(
                MongoCredential.createScramSha1Credential("\u2168", "admin", "\u2163".toCharArray()))) {
            client.getDatabase("scram_it").getCollection("official_prep").insertOne(new Document("ok", 1));
        }
        try (com.mongodb.client.MongoClient client = official(
                MongoCredential.createScramSha1Credential("legacy", "admin", "sha1-secret".toCharArray()))) {
            client.getDatabase("scram_it").getCollection("official_sha1").insertOne(new Document("ok", 1));
        }
    }

    @Test
    void unauthenticatedConnectionsAreRefused() {
        try (Connection connection = new SocketConnectionFactory(new ConnectionSettings(5_000, 5_000, null)).open(address)) {
            MongoCommandException e = assertThrows(MongoCommandException.class, () -> insertAndCount(connection, "c"));
            assertEquals(13, e.code());
        }
    }

    @Test
    void rightPasswordAuthenticatesAndRunsCommands() {
        try (Connection connection = ours("alice", "wonderland", null, new ScramKeyCache(4)).open(address)) {
            BsonDocument found = insertAndCount(connection, "ours");
            assertFalse(found.getDocument("cursor").getArray("firstBatch").isEmpty());
        }
        try (Connection connection = ours("alice", "wonderland", "SCRAM-SHA-256", new ScramKeyCache(4)).open(address)) {
            insertAndCount(connection, "ours");
        }
    }

    @Test
    void wrongPasswordIsATypedFailure() {
        MongoAuthenticationException e = assertThrows(MongoAuthenticationException.class,
                () -> ours("alice", "not-the-password", null, new ScramKeyCache(4)).open(address));
        assertEquals("SCRAM-SHA-256", e.mechanism());
        assertEquals("admin", e.source());
        assertFalse(e.toString().contains("not-the-password"));
        assertThrows(MongoAuthenticationException.class,
                () -> ours("nobody", "x", null, new ScramKeyCache(4)).open(address), "unknown user");
        assertThrows(MongoAuthenticationException.class,
                () -> ours("legacy", "sha1-secret", "SCRAM-SHA-256", new ScramKeyCache(4)).open(address),
                "a mechanism the user does not have");
        assertThrows(MongoUnsupportedFeatureException.class,
                () -> ours("alice", "wonderland", "PLAIN", new ScramKeyCache(4)), "refused before connecting");
    }

    @Test
    void saslPrepRelevantNamesAndPasswords() {
        for (String[] userAndPassword : new String[][] {
                {"IX", "IX"}, {"IX", "I\u00ADX"}, {"roman", "IV"}, {"roman", "I\u00ADV"}, {"roman", "\u2163"},
                {"spacey", "pass\u00A0word"}, {"spacey", "pass\u2003word"}, {"\u2168", "\u2163"}}) {
            try (Connection connection = ours(userAndPassword[0], userAndPassword[1], null, new ScramKeyCache(4))
                    .open(address)) {
                insertAndCount(connection, "prep");
            }
        }
    }

    @Test
    void speculativeAuthenticationSavesTheSaslStartAndFallsBackWithoutIt() {
        int starts = backend.saslStarts.get();
        int speculative = backend.speculativeStarts.get();
        try (Connection connection = ours("alice", "wonderland", null, new ScramKeyCache(4)).open(address)) {
            insertAndCount(connection, "spec");
        }
        assertEquals(starts, backend.saslStarts.get(), "no saslStart command: it rode in the hello");
        assertEquals(speculative + 1, backend.speculativeStarts.get());

        backend.answerSpeculative = false;
        try (Connection connection = ours("alice", "wonderland", null, new ScramKeyCache(4)).open(address)) {
            insertAndCount(connection, "spec");
        }
        assertEquals(starts + 1, backend.saslStarts.get(), "a server without speculation gets a normal saslStart");
    }

    @Test
    void twentyConnectionsRunPbkdf2Once() {
        ScramKeyCache cache = new ScramKeyCache(4);
        int successes = backend.successes.get();
        List<Connection> held = new ArrayList<>();
        try (SingleServerConnectionSource source = new SingleServerConnectionSource(address,
                ours("alice", "wonderland", null, cache))) {
            for (int i = 0; i < 20; i++) {
                Connection connection = source.acquire(); // held, so every acquire opens a new connection
                insertAndCount(connection, "many");
                held.add(connection);
            }
            held.forEach(Connection::close);
            assertEquals(20, source.idleCount());
        }
        assertEquals(successes + 20, backend.successes.get(), "20 authenticated connections");
        assertEquals(1, cache.derivations(), "PBKDF2 ran once for the credential, not per connection");
    }

    @Test
    void aPoolOfTwentyConnectionsRunsPbkdf2Once() throws Exception {
        ScramKeyCache cache = new ScramKeyCache(4);
        int successes = backend.successes.get();
        ConnectionPoolSettings settings = ConnectionPoolSettings.builder().maxPoolSize(20).maxConnecting(4).build();
        try (ConnectionPool pool = ConnectionPool.create(address, ours("alice", "wonderland", null, cache), settings, List.of())) {
            pool.ready();
            java.util.concurrent.ExecutorService workers = java.util.concurrent.Executors.newFixedThreadPool(20);
            java.util.concurrent.CyclicBarrier allHolding = new java.util.concurrent.CyclicBarrier(20);
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                done.add(workers.submit(() -> {
                    try (Connection connection = pool.acquire()) {
                        insertAndCount(connection, "pooled");
                        allHolding.await(30, java.util.concurrent.TimeUnit.SECONDS); // all 20 checked out at once
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> f : done) {
                f.get(60, java.util.concurrent.TimeUnit.SECONDS);
            }
            workers.shutdown();
            assertEquals(20, pool.statistics().total(), "20 pooled connections");
            assertEquals(0, pool.statistics().inUse());
        }
        assertEquals(successes + 20, backend.successes.get(), "20 authenticated connections");
        assertEquals(1, cache.derivations(), "PBKDF2 ran once for the credential, not per pooled connection");
    }

    @Test
    void tamperedServerSignatureIsRejected() {
        backend.tamperServerSignature = true;
        MongoAuthenticationException e = assertThrows(MongoAuthenticationException.class,
                () -> ours("alice", "wonderland", null, new ScramKeyCache(4)).open(address));
        assertTrue(e.getMessage().contains("impostor"), e.getMessage());
        MongoAuthenticationException sha1 = assertThrows(MongoAuthenticationException.class,
                () -> ours("legacy", "sha1-secret", "SCRAM-SHA-1", new ScramKeyCache(4)).open(address));
        assertTrue(sha1.getMessage().contains("impostor"), sha1.getMessage());
        try (com.mongodb.client.MongoClient client = official(
                MongoCredential.createScramSha256Credential("alice", "admin", "wonderland".toCharArray()))) {
            assertThrows(MongoSecurityException.class,
                    () -> client.getDatabase("scram_it").getCollection("official").insertOne(new Document()),
                    "the official driver rejects the same impostor");
        }
    }

    @Test
    void scramSha1EndToEndAndNegotiation() {
        try (Connection connection = ours("legacy", "sha1-secret", "SCRAM-SHA-1", new ScramKeyCache(4)).open(address)) {
            insertAndCount(connection, "sha1");
        }
        try (Connection connection = ours("legacy", "sha1-secret", null, new ScramKeyCache(4)).open(address)) {
            insertAndCount(connection, "sha1"); // negotiated: speculative SHA-256 fails, saslSupportedMechs says SHA-1
        }
        try (Connection connection = ours("both", "both", null, new ScramKeyCache(4)).open(address)) {
            insertAndCount(connection, "both");
        }
        assertThrows(MongoAuthenticationException.class,
                () -> ours("legacy", "wrong", "SCRAM-SHA-1", new ScramKeyCache(4)).open(address));
    }

    @Test
    void publicClientAuthenticatesFromTheConnectionString() {
        try (MongoClient client = MongoClients.create("mongodb://alice:wonderland@127.0.0.1:" + address.port()
                + "/?authSource=admin")) {
            client.getDatabase("scram_it").getCollection("api").insertOne(new Document("via", "uri"));
            assertEquals(1, client.getDatabase("scram_it").getCollection("api").countDocuments());
        }
        try (MongoClient client = MongoClients.create("mongodb://alice:bad@127.0.0.1:" + address.port() + "/")) {
            assertThrows(MongoAuthenticationException.class,
                    () -> client.getDatabase("scram_it").getCollection("api").insertOne(new Document()));
        }
    }
}
