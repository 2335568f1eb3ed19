package io.connectmongodb.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.model.IndexModel;
import io.connectmongodb.driver.model.IndexOptions;
import io.connectmongodb.driver.model.MongoNamespace;
import io.connectmongodb.driver.model.RenameCollectionOptions;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Commands, collection and database administration, indexes and aggregation against the test server. */
class AdminIT {
    private static MongoClient client;
    private static MongoDatabase database;

    @BeforeAll
    static void connect() {
        client = ServerTestSupport.client();
        database = client.getDatabase(ServerTestSupport.databaseName(AdminIT.class));
    }

    @AfterAll
    static void cleanUp() {
        database.drop();
        client.close();
    }

    @Test
    void runCommandPing() {
        Document reply = database.runCommand(new Document("ping", 1));
        assertEquals(1.0, reply.get("ok", Number.class).doubleValue());
    }

    @Test
    void createListRenameAndDropCollections() {
        database.createCollection("made");
        assertTrue(database.listCollectionNames().into(new ArrayList<>()).contains("made"));
        assertTrue(database.listCollections().into(new ArrayList<>()).stream().anyMatch(d -> d.getString("name").equals("made")));
        MongoCollection<Document> made = database.getCollection("made");
        made.insertOne(new Document("x", 1));
        made.renameCollection(new MongoNamespace(database.getName(), "renamed"));
        List<String> names = database.listCollectionNames().into(new ArrayList<>());
        assertTrue(names.contains("renamed"));
        assertFalse(names.contains("made"));
        database.getCollection("other").insertOne(new Document());
        database.getCollection("renamed").renameCollection(new MongoNamespace(database.getName(), "other"),
                new RenameCollectionOptions().dropTarget(true));
        assertEquals(1, database.getCollection("other").countDocuments(new Document("x", 1)));
        database.getCollection("other").drop();
        database.getCollection("other").drop();
        assertFalse(database.listCollectionNames().into(new ArrayList<>()).contains("other"));
    }

    @Test
    void listDatabasesShowsThisDatabase() {
        database.getCollection("marker").insertOne(new Document());
        assertTrue(client.listDatabaseNames().into(new ArrayList<>()).contains(database.getName()));
        assertTrue(client.listDatabases().into(new ArrayList<>()).stream().anyMatch(d -> database.getName().equals(d.getString("name"))));
    }

    @Test
    void indexes() {
        MongoCollection<Document> c = database.getCollection("indexed");
        c.drop();
        assertEquals(0, c.listIndexes().into(new ArrayList<>()).size(), "a missing collection has no indexes");
        assertEquals("a_1_b_-1", c.createIndex(new Document("a", 1).append("b", -1)));
        assertEquals(List.of("u_1", "named"), c.createIndexes(List.of(
                new IndexModel(new Document("u", 1), new IndexOptions().unique(true)),
                new IndexModel(new Document("n", 1), new IndexOptions().name("named")))));
        List<String> names = c.listIndexes().map(d -> d.getString("name")).into(new ArrayList<>());
        assertTrue(names.containsAll(List.of("_id_", "a_1_b_-1", "u_1", "named")), names::toString);
        c.dropIndex("named");
        c.dropIndex(new Document("a", 1).append("b", -1));
        assertEquals(List.of("_id_", "u_1"), sorted(c.listIndexes().map(d -> d.getString("name")).into(new ArrayList<>())));
        c.dropIndexes();
        assertEquals(List.of("_id_"), c.listIndexes().map(d -> d.getString("name")).into(new ArrayList<>()));
    }

    @Test
    void aggregateAndOut() {
        MongoCollection<Document> c = database.getCollection("sales");
        c.drop();
        c.insertMany(List.of(new Document("item", "a").append("qty", 2), new Document("item", "b").append("qty", 3),
                new Document("item", "a").append("qty", 5)));
        List<Document> totals = c.aggregate(List.of(
                new Document("$group", new Document("_id", "$item").append("total", new Document("$sum", "$qty"))),
                new Document("$sort", new Document("_id", 1)))).into(new ArrayList<>());
        assertEquals(List.of(new Document("_id", "a").append("total", 7), new Document("_id", "b").append("total", 3)), totals);
        c.aggregate(List.of(new Document("$match", new Document("item", "a")), new Document("$out", "sales_a"))).toCollection();
        assertEquals(2, database.getCollection("sales_a").countDocuments());
    }

    @Test
    void multiHostSettingsWithoutReachableServersTimeOutNamingThem() {
        MongoClientSettings settings = MongoClientSettings.builder()
                .hosts(List.of(ServerAddress.of("127.0.0.1", 1), ServerAddress.of("127.0.0.1", 2)))
                .connectTimeout(200).serverSelectionTimeoutMS(300).build();
        try (MongoClient client = MongoClients.create(settings)) {
            io.connectmongodb.driver.error.MongoServerSelectionTimeoutException e = assertThrows(
                    io.connectmongodb.driver.error.MongoServerSelectionTimeoutException.class, () -> client.listDatabaseNames().first());
            assertTrue(e.getMessage().contains("127.0.0.1:1") && e.getMessage().contains("127.0.0.1:2"), e.getMessage());
        }
    }

    private static List<String> sorted(List<String> names) {
        names.sort(null);
        return names;
    }
}
