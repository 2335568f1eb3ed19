package io.connectmongodb.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.error.MongoUnsupportedFeatureException;
import java.util.List;
import java.util.UUID;
import org.bson.BsonBinarySubType;
import org.bson.BsonDocument;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class MongoClientSettingsTest {
    @Test
    void applyConnectionStringTakesHostsAppNameTimeoutsAndReadPreference() {
        MongoClientSettings settings = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://127.0.0.1:27018/?appName=app&connectTimeoutMS=1500"
                        + "&socketTimeoutMS=2500&readPreference=secondaryPreferred"))
                .build();
        assertEquals(List.of(ServerAddress.of("127.0.0.1", 27018)), settings.getHosts());
        assertEquals("app", settings.getApplicationName());
        assertEquals(1500, settings.getConnectTimeoutMS());
        assertEquals(2500, settings.getSocketTimeoutMS());
        assertEquals(ReadPreference.secondaryPreferred(), settings.getReadPreference());
    }

    @Test
    void optionsTheClientCannotHonourAreRefused() {
        for (String uri : List.of("mongodb://u:p@127.0.0.1/?authMechanism=PLAIN",
                "mongodb+srv://cluster.example.com/")) {
            MongoUnsupportedFeatureException e = assertThrows(MongoUnsupportedFeatureException.class,
                    () -> MongoClientSettings.builder().applyConnectionString(new ConnectionString(uri)), uri);
            assertTrue(!e.getMessage().contains(":p@"), "no password in the message");
        }
    }

    @Test
    void concernsAndRetryOptionsAreApplied() {
        MongoClientSettings settings = MongoClientSettings.builder().applyConnectionString(new ConnectionString(
                "mongodb://127.0.0.1/?w=majority&journal=true&wTimeoutMS=2500&readConcernLevel=local"
                        + "&retryWrites=false&retryReads=false")).build();
        assertEquals(WriteConcern.MAJORITY.withJournal(true).withWTimeoutMS(2500L), settings.getWriteConcern());
        assertEquals(ReadConcern.LOCAL, settings.getReadConcern());
        assertTrue(!settings.getRetryWrites() && !settings.getRetryReads());
        MongoClientSettings defaults = MongoClientSettings.builder().build();
        assertEquals(WriteConcern.DEFAULT, defaults.getWriteConcern());
        assertEquals(ReadConcern.DEFAULT, defaults.getReadConcern());
        assertTrue(defaults.getRetryWrites() && defaults.getRetryReads());
        assertEquals(20, defaults.getMaxAsyncWorkers());
        assertEquals(1000, defaults.getAsyncQueueSize());
        assertThrows(IllegalArgumentException.class, () -> MongoClientSettings.builder().maxAsyncWorkers(0));
        assertThrows(IllegalArgumentException.class, () -> MongoClientSettings.builder().asyncQueueSize(-1));
        assertThrows(IllegalArgumentException.class, () -> MongoClientSettings.builder().writeConcern(null));
    }

    @Test
    void scramCredentialsAndTlsOptionsAreApplied() {
        MongoClientSettings settings = MongoClientSettings.builder().applyConnectionString(new ConnectionString(
                "mongodb://u:p@127.0.0.1/?authSource=db&tls=true&tlsInsecure=true&tlsCAFile=/tmp/ca.pem")).build();
        assertEquals("u", settings.getCredential().username());
        assertEquals("db", settings.getCredential().source());
        assertTrue(settings.getTls().isEnabled());
        assertTrue(settings.getTls().isAllowInvalidHostnames() && settings.getTls().isAllowInvalidCertificates());
        assertEquals(java.nio.file.Path.of("/tmp/ca.pem"), settings.getTls().getCaFile());
        assertTrue(!settings.toString().contains(":p@") && !settings.toString().contains("password=p"));
        assertTrue(!MongoClientSettings.builder().applyConnectionString(new ConnectionString("mongodb://127.0.0.1/"))
                .build().getTls().isEnabled());
    }

    @Test
    void multiHostAndReplicaSetClientsAreCreatedWithoutConnecting() {
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:1,127.0.0.1:2/?replicaSet=rs&connectTimeoutMS=100")) {
            assertEquals(List.of(ServerAddress.of("127.0.0.1", 1), ServerAddress.of("127.0.0.1", 2)), client.getSettings().getHosts());
            assertEquals("rs", client.getSettings().getClusterOptions().replicaSet());
            assertEquals(2, client.getClusterDescription().servers().size());
        }
    }

    @Test
    void loadBalancedIsRefusedWhenTheClientIsCreated() {
        MongoClientSettings settings = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://127.0.0.1:1/?loadBalanced=true")).build();
        assertTrue(settings.getClusterOptions().loadBalanced());
        MongoUnsupportedFeatureException e = assertThrows(MongoUnsupportedFeatureException.class, () -> MongoClients.create(settings));
        assertTrue(e.getMessage().contains("serviceId"), e.getMessage());
    }

    @Test
    void creatingAClientDoesNotConnect() {
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:1/?connectTimeoutMS=100")) {
            assertEquals(List.of(ServerAddress.of("127.0.0.1", 1)), client.getSettings().getHosts());
        }
    }

    @Test
    void badSettingsFailAtOnce() {
        assertThrows(IllegalArgumentException.class, () -> MongoClientSettings.builder().hosts(List.of()));
        assertThrows(IllegalArgumentException.class, () -> MongoClientSettings.builder().connectTimeout(-1));
        assertThrows(IllegalArgumentException.class, () -> MongoClientSettings.builder().codecRegistry(null));
        assertThrows(IllegalArgumentException.class, () -> MongoClients.create((String) null));
    }

    @Test
    void defaultRegistryEncodesUuidsAsStandardAndJavaTime() {
        UUID uuid = UUID.randomUUID();
        BsonDocument encoded = new Document("u", uuid).append("t", java.time.LocalDate.of(2024, 1, 2))
                .toBsonDocument(BsonDocument.class, MongoClientSettings.getDefaultCodecRegistry());
        assertEquals(BsonBinarySubType.UUID_STANDARD.getValue(), encoded.getBinary("u").getType());
        assertTrue(encoded.get("t").isDateTime());
    }
}
