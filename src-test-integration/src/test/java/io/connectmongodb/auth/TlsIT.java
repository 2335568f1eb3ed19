package io.connectmongodb.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.connectmongodb.driver.MongoClient;
import io.connectmongodb.driver.MongoClientSettings;
import io.connectmongodb.driver.MongoClients;
import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.TlsOptions;
import io.connectmongodb.driver.error.MongoTlsHandshakeException;
import io.connectmongodb.driver.internal.connection.Connection;
import io.connectmongodb.driver.internal.connection.ConnectionSettings;
import io.connectmongodb.driver.internal.connection.SocketConnectionFactory;
import io.connectmongodb.driver.internal.connection.TlsSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * TLS end to end against the embedded server with {@code enableSsl} and a certificate made at
 * test time (CN=localhost, SAN DNS:localhost and IP:127.0.0.1, signed by a test CA): verified
 * connections with CRUD and a multi-batch cursor, a wrong CA, a host name missing from the SAN
 * (127.0.0.2) with and without {@code tlsAllowInvalidHostnames}, the public client through
 * {@code tls=true&tlsCAFile=}, and the official driver on the same server.
 */
class TlsIT {
    private static MongoServer server;
    private static int port;
    private static TestCertificates certificates;
    private static Path caFile;
    private static Path otherCaFile;

    @BeforeAll
    static void start() throws IOException {
        certificates = TestCertificates.create("connect-mongodb test CA");
        Path dir = Files.createTempDirectory("tls-it");
        caFile = certificates.writeCaPem(dir);
        otherCaFile = TestCertificates.create("some other CA").writeCaPem(Files.createTempDirectory("tls-it-other"));
        server = new MongoServer(new MemoryBackend());
        server.enableSsl(certificates.serverKeys.getPrivate(), null, certificates.server, certificates.ca);
        server.bind("127.0.0.1", 0);
        port = server.getLocalAddress().getPort();
    }

    @AfterAll
    static void stop() {
        server.shutdownNow();
    }

    private static Connection open(String host, TlsSettings tls) {
        ConnectionSettings settings = new ConnectionSettings(5_000, 5_000, "tls-it").withTls(tls);
        return new SocketConnectionFactory(settings).open(ServerAddress.of(host, port));
    }

    @Test
    void verifiedConnectionRunsCrudAndCursors() {
        for (String host : List.of("localhost", "127.0.0.1")) {
            try (Connection connection = open(host, TlsSettings.trusting(caFile))) {
                String collection = "tls_" + host.replace('.', '_');
                List<org.bson.BsonValue> documents = new ArrayList<>();
                for (int i = 0; i < 25; i++) {
                    documents.add(new BsonDocument("i", new BsonInt32(i)));
                }
                connection.command(new BsonDocument("insert", new BsonString(collection))
                        .append("documents", new BsonArray(documents)).append("$db", new BsonString("tls_it")));
                BsonDocument first = connection.command(new BsonDocument("find", new BsonString(collection))
                        .append("batchSize", new BsonInt32(10)).append("$db", new BsonString("tls_it")));
                int seen = first.getDocument("cursor").getArray("firstBatch").size();
                long cursorId = first.getDocument("cursor").getInt64("id").getValue();
                int getMores = 0;
                while (cursorId != 0 && getMores++ < 10) {
                    BsonDocument next = connection.command(new BsonDocument("getMore", new BsonInt64(cursorId))
                            .append("collection", new BsonString(collection)).append("batchSize", new BsonInt32(10))
                            .append("$db", new BsonString("tls_it")));
                    seen += next.getDocument("cursor").getArray("nextBatch").size();
                    cursorId = next.getDocument("cursor").getInt64("id").getValue();
                }
                assertEquals(25, seen, host);
                assertEquals(2, getMores, host); // batches of 10, 10 and 5
            }
        }
    }

    @Test
    void wrongCertificateAuthorityIsATypedFailure() {
        MongoTlsHandshakeException e = assertThrows(MongoTlsHandshakeException.class,
                () -> open("localhost", TlsSettings.trusting(otherCaFile)));
        assertInstanceOf(SSLHandshakeException.class, e.getCause());
        assertThrows(MongoTlsHandshakeException.class, () -> open("localhost", TlsSettings.verified()),
                "the JDK's default trust store does not know the test CA");
        try (Connection connection = open("localhost", TlsSettings.trusting(otherCaFile).withAllowInvalidCertificates(true))) {
            assertFalse(connection.isClosed(), "tlsAllowInvalidCertificates accepts it");
        }
    }

    @Test
    void hostNameOutsideTheCertificateFailsUnlessAllowed() {
        // the same certificate served on 127.0.0.2, a loopback address its SAN does not name
        MongoServer second = new MongoServer(new MemoryBackend());
        second.enableSsl(certificates.serverKeys.getPrivate(), null, certificates.server, certificates.ca);
        second.bind("127.0.0.2", port);
        try {
            MongoTlsHandshakeException e = assertThrows(MongoTlsHandshakeException.class,
                    () -> open("127.0.0.2", TlsSettings.trusting(caFile)));
            assertInstanceOf(SSLHandshakeException.class, e.getCause());
            try (Connection connection = open("127.0.0.2", TlsSettings.trusting(caFile).withAllowInvalidHostnames(true))) {
                connection.command(new BsonDocument("ping", new BsonInt32(1)).append("$db", new BsonString("admin")));
            }
            assertThrows(MongoTlsHandshakeException.class,
                    () -> open("127.0.0.2", TlsSettings.trusting(otherCaFile).withAllowInvalidHostnames(true)),
                    "allowing invalid host names still verifies the chain");
        } finally {
            second.shutdownNow();
        }
    }

    @Test
    void applicationSuppliedSslContext() throws Exception {
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        trust.setCertificateEntry("ca", certificates.ca);
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        try (Connection connection = open("localhost", TlsSettings.withContext(context))) {
            connection.command(new BsonDocument("ping", new BsonInt32(1)).append("$db", new BsonString("admin")));
        }
        try (MongoClient client = MongoClients.create(MongoClientSettings.builder()
                .hosts(List.of(ServerAddress.of("localhost", port)))
                .tls(TlsOptions.enabled().withSslContext(context)).build())) {
            client.getDatabase("tls_it").getCollection("ctx").insertOne(new Document("ok", 1));
        }
    }

    @Test
    void publicClientFromTheConnectionString() {
        String uri = "mongodb://localhost:" + port + "/?tls=true&tlsCAFile=" + caFile.toAbsolutePath();
        try (MongoClient client = MongoClients.create(uri)) {
            client.getDatabase("tls_it").getCollection("api").insertOne(new Document("via", "uri"));
            assertEquals(1, client.getDatabase("tls_it").getCollection("api").countDocuments());
        }
    }

    @Test
    void officialDriverConnectsToTheSameTlsServer() throws Exception {
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        trust.setCertificateEntry("ca", certificates.ca);
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        try (com.mongodb.client.MongoClient client = com.mongodb.client.MongoClients.create(
                com.mongodb.MongoClientSettings.builder()
                        .applyToClusterSettings(b -> b.hosts(List.of(new com.mongodb.ServerAddress("localhost", port)))
                                .serverSelectionTimeout(5, TimeUnit.SECONDS))
                        .applyToSslSettings(b -> b.enabled(true).context(context)).build())) {
            client.getDatabase("tls_it").getCollection("official").insertOne(new Document("by", "official"));
            assertEquals(1, client.getDatabase("tls_it").getCollection("official").countDocuments());
        }
    }
}
