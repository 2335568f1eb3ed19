package io.connectmongodb.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.connectmongodb.driver.ConnectionString;
import io.connectmongodb.driver.MongoClient;
import io.connectmongodb.driver.MongoClientSettings;
import io.connectmongodb.driver.MongoClients;
import io.connectmongodb.driver.MongoCollection;
import io.connectmongodb.driver.MongoCredential;
import io.connectmongodb.driver.MongoDatabase;
import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.balancing.CircuitBreakerSettings;
import io.connectmongodb.driver.balancing.LoadBalancingSettings;
import io.connectmongodb.driver.event.CommandListener;
import io.connectmongodb.driver.event.CommandStartedEvent;
import io.connectmongodb.driver.pool.ConnectionPoolSettings;
import io.connectmongodb.mapper.Mapper;
import io.connectmongodb.mapper.annotation.Entity;
import io.connectmongodb.mapper.annotation.Id;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bad-input catalogue: invalid names, {@code $} keys, NUL characters, over-size documents,
 * nulls and NaN where they are not allowed, invalid connection strings and settings, unknown read
 * preferences, negative timeouts, entities failing validation, malformed SQL, SQL injection through
 * parameters, a huge IN list and wrong PreparedStatement setters, across the driver, the mapper and
 * the JDBC bridge. Each case must fail with its typed error (an {@link IllegalArgumentException}
 * family error for the driver and mapper, a {@link SQLException} for JDBC) BEFORE anything is sent:
 * the recording server ({@link ReliabilityBackend}) and a {@link CommandListener} both count zero
 * new operation commands. At the end the database must be exactly as seeded.
 */
class BadInputCatalogueIT {
    private static final String DB = "reliability_bad";
    private static final String PASSWORD_IN_URI = "Bad1nput-Secret";

    @Entity("items")
    record Item(@Id ObjectId id, @NotBlank String name, @Min(0) int quantity) {
    }

    private static RestartableServer server;
    private static MongoClient client;
    private static MongoCollection<Document> items;
    private static final AtomicLong commandsStarted = new AtomicLong();
    private static SecretScan scan;
    private static final List<String> tried = new ArrayList<>();
    private static List<Document> seeded;

    /** One bad input: what it is and the code that must refuse it. */
    @FunctionalInterface
    interface BadCall {
        void run() throws Exception;
    }

    @BeforeAll
    static void start() {
        scan = SecretScan.start(PASSWORD_IN_URI);
        server = new RestartableServer(new ReliabilityBackend());
        client = MongoClients.create(MongoClientSettings.builder()
                .hosts(List.of(ServerAddress.of("127.0.0.1", server.port())))
                .addCommandListener(new CommandListener() {
                    @Override
                    public void commandStarted(CommandStartedEvent event) {
                        commandsStarted.incrementAndGet();
                    }
                })
                .build());
        items = client.getDatabase(DB).getCollection("items");
        for (int i = 0; i < 5; i++) {
            items.insertOne(new Document("_id", i).append("name", "item" + i).append("quantity", i));
        }
        seeded = items.find().into(new ArrayList<>());
    }

    @AfterAll
    static void stop() {
        try {
            client.close();
            server.close();
        } finally {
            scan.close();
        }
    }

    private static String local(String options) {
        return "mongodb://127.0.0.1:" + server.port() + "/?" + options;
    }

    private static String jdbcUrl() {
        return "jdbc:mongodb://127.0.0.1:" + server.port() + "/" + DB;
    }

    /** Runs {@code call}, which must throw {@code expected} with a message, with nothing sent. */
    private static void refused(String name, Class<? extends Throwable> expected, BadCall call) {
        long serverBefore = server.backend().operationCommands();
        long listenerBefore = commandsStarted.get();
        Throwable thrown = null;
        try {
            call.run();
        } catch (Throwable t) {
            thrown = t;
        }
        if (thrown == null) {
            fail(name + ": accepted, expected " + expected.getSimpleName());
        }
        scan.addThrowable(thrown);
        if (!expected.isInstance(thrown)) {
            throw new AssertionError(name + ": expected " + expected.getSimpleName() + " but got " + thrown, thrown);
        }
        assertTrue(thrown.getMessage() != null && !thrown.getMessage().isBlank(), name + ": the error names the problem");
        assertEquals(listenerBefore, commandsStarted.get(), name + ": a command was started");
        assertEquals(serverBefore, server.backend().operationCommands(), name + ": the server received a command "
                + server.backend().commandCounts());
        tried.add(name + " -> " + thrown.getClass().getSimpleName() + ": " + firstLine(thrown.getMessage()));
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    /**
     * An invalid option VALUE in a connection string: the URI-options spec has drivers warn and
     * ignore it (its tests expect a warning, not an error), so either a typed error or a logged
     * warning naming the option is accepted; nothing is ever sent either way.
     */
    private static void refusedOrWarned(String name, String uri) {
        String option = uri.substring(uri.indexOf('?') + 1, uri.indexOf('='));
        long serverBefore = server.backend().operationCommands();
        try {
            new ConnectionString(uri);
            assertTrue(scan.anyTextContains("'" + option + "'"), name + ": neither refused nor warned about");
            tried.add(name + " -> warned and ignored (URI-options spec)");
        } catch (IllegalArgumentException e) {
            scan.addThrowable(e);
            tried.add(name + " -> " + e.getClass().getSimpleName() + ": " + firstLine(e.getMessage()));
        }
        assertEquals(serverBefore, server.backend().operationCommands(), name + ": the server received a command");
    }

    /**
     * KNOWN GAP (reported, not yet fixed): a find whose filter is over the size limit is refused by
     * the encoder with MongoSizeLimitExceededException and never reaches the server, but the
     * command listener has already been told it started (then failed). Checked here with the
     * recording server only; the listener's started/failed pair is pinned so the fix shows up.
     */
    private static void overSizeFilterReachesNoServer() {
        long serverBefore = server.backend().operationCommands();
        long listenerBefore = commandsStarted.get();
        try {
            items.find(new Document("big", "x".repeat(17 << 20))).first();
            fail("over-size filter accepted");
        } catch (io.connectmongodb.driver.error.MongoSizeLimitExceededException e) {
            scan.addThrowable(e);
            tried.add("over-size filter -> " + e.getClass().getSimpleName() + ": " + firstLine(e.getMessage()));
        }
        assertEquals(serverBefore, server.backend().operationCommands(), "over-size filter reached the server");
        assertEquals(listenerBefore, commandsStarted.get(), "a command listener saw nothing: the command was never sent");
    }

    @Test
    void everyBadInputIsRefusedBeforeAnythingIsSent() throws Exception {
        MongoDatabase db = client.getDatabase(DB);
        Class<IllegalArgumentException> iae = IllegalArgumentException.class;
        Class<NullPointerException> npe = NullPointerException.class;

        // names
        refused("empty database name", iae, () -> client.getDatabase(""));
        refused("database name with '.'", iae, () -> client.getDatabase("a.b"));
        refused("database name with '/'", iae, () -> client.getDatabase("a/b"));
        refused("database name with a space", iae, () -> client.getDatabase("a b"));
        refused("database name with NUL", iae, () -> client.getDatabase("a\0b"));
        refused("database name over 64 bytes", iae, () -> client.getDatabase("d".repeat(65)));
        refused("empty collection name", iae, () -> db.getCollection(""));
        refused("collection name with '$'", iae, () -> db.getCollection("a$b"));
        refused("collection name with NUL", iae, () -> db.getCollection("a\0b"));
        refused("write to a system collection", iae, () -> db.getCollection("system.profile").insertOne(new Document("a", 1)));

        // keys and documents
        refused("top-level '$' key", iae, () -> items.insertOne(new Document("$set", 1)));
        refused("'$' key in insertMany's last document", iae, () -> items.insertMany(List.of(new Document("a", 1),
                new Document("a", 2), new Document("$where", "x"))));
        refused("NUL in a key", iae, () -> items.insertOne(new Document("a\0b", 1)));
        refused("NUL in a nested key", iae, () -> items.insertOne(new Document("a", new Document("b\0", 1))));
        refused("replacement with an operator", iae, () -> items.replaceOne(new Document("_id", 1),
                new Document("$set", new Document("name", "x"))));
        refused("update without operators", iae, () -> items.updateOne(new Document("_id", 1), new Document("name", "x")));
        refused("empty update document", iae, () -> items.updateMany(new Document(), new Document()));
        refused("over-size document (17 MiB)", iae, () -> items.insertOne(new Document("big", "x".repeat(17 << 20))));
        refused("over-size document among small ones", iae, () -> items.insertMany(List.of(new Document("a", 1),
                new Document("big", "x".repeat(17 << 20)))));
        refused("over-size update", iae, () -> items.updateOne(new Document("_id", 1),
                new Document("$set", new Document("big", "x".repeat(17 << 20)))));
        overSizeFilterReachesNoServer();

        // nulls and NaN where not allowed
        refused("null document", iae.getSuperclass().asSubclass(RuntimeException.class), () -> items.insertOne(null));
        refused("null filter", RuntimeException.class, () -> items.find((Document) null).first());
        refused("null update", RuntimeException.class, () -> items.updateOne(new Document("_id", 1), (Document) null));
        refused("null delete filter", RuntimeException.class, () -> items.deleteOne(null));
        refused("empty insertMany", iae, () -> items.insertMany(List.of()));
        refused("null inside insertMany", RuntimeException.class, () -> items.insertMany(Arrays.asList(new Document("a", 1), null)));
        refused("negative maxTime", iae, () -> items.find().maxTime(-1, TimeUnit.MILLISECONDS).first());
        refused("NaN latency smoothing", iae, () -> LoadBalancingSettings.builder().latencySmoothing(Double.NaN).build());
        refused("NaN breaker error rate", iae, () -> CircuitBreakerSettings.builder().errorRateThreshold(Double.NaN).build());
        refused("null credential user", RuntimeException.class, () -> MongoCredential.scram(null, "admin", "p".toCharArray()));

        // connection strings and settings
        refused("not a mongodb scheme", iae, () -> new ConnectionString("http://127.0.0.1"));
        refused("port out of range", iae, () -> new ConnectionString("mongodb://127.0.0.1:99999"));
        refusedOrWarned("unknown read preference", "mongodb://h/?readPreference=fastest");
        refusedOrWarned("negative connectTimeoutMS", "mongodb://h/?connectTimeoutMS=-1");
        refusedOrWarned("negative socketTimeoutMS", "mongodb://h/?socketTimeoutMS=-5");
        refusedOrWarned("NaN localThresholdMS", "mongodb://h/?localThresholdMS=NaN");
        refusedOrWarned("non-numeric maxPoolSize", "mongodb://h/?maxPoolSize=lots");
        refused("maxStalenessSeconds with primary", iae,
                () -> MongoClients.create(local("readPreference=primary&maxStalenessSeconds=120")).close());
        refused("tags with primary", iae,
                () -> MongoClients.create(local("readPreference=primary&readPreferenceTags=dc:ny")).close());
        refused("tlsInsecure with tlsAllowInvalidCertificates", iae,
                () -> MongoClients.create(local("tlsInsecure=true&tlsAllowInvalidCertificates=true")).close());
        refused("srv with a port", iae, () -> new ConnectionString("mongodb+srv://cluster.example:27017"));
        refused("unknown auth mechanism", iae, () -> new ConnectionString("mongodb://u:p@h/?authMechanism=FOO"));
        refusedOrWarned("password in a bad URI is not echoed", "mongodb://u:" + PASSWORD_IN_URI + "@h/?connectTimeoutMS=oops");
        refused("negative socketTimeout setting", iae, () -> MongoClientSettings.builder().socketTimeout(-1));
        refused("negative connectTimeout setting", iae, () -> MongoClientSettings.builder().connectTimeout(-1));
        refused("negative serverSelectionTimeoutMS", iae, () -> MongoClientSettings.builder().serverSelectionTimeoutMS(-1));
        refused("negative maxPoolSize", iae, () -> ConnectionPoolSettings.builder().maxPoolSize(-1).build());
        refused("negative waitQueueTimeoutMS", iae, () -> ConnectionPoolSettings.builder().waitQueueTimeoutMS(-5).build());
        refused("unknown read preference mode", iae, () -> io.connectmongodb.driver.ReadPreference.Mode.fromName("fastest"));
        refused("server port out of range", iae, () -> ServerAddress.of("127.0.0.1", 70_000));

        // mapper
        try (Mapper mapper = Mapper.builder(db).entities(Item.class).build()) {
            refused("entity with a blank name", jakarta.validation.ConstraintViolationException.class,
                    () -> mapper.insert(new Item(null, " ", 1)));
            refused("entity with a negative quantity", jakarta.validation.ConstraintViolationException.class,
                    () -> mapper.insert(new Item(null, "ok", -1)));
            refused("null entity", RuntimeException.class, () -> mapper.insert(null));
            refused("unmapped type", iae, () -> mapper.insert("not an entity"));
        }

        // JDBC bridge
        try (Connection jdbc = DriverManager.getConnection(jdbcUrl())) {
            refused("unbound parameter, cold schema cache", SQLException.class,
                    () -> jdbc.prepareStatement("SELECT * FROM items WHERE name = ? AND quantity = ?").executeQuery());
            // warm the bridge's schema cache: planning a query samples the collection once (a metadata
            // read, not the bad input), so the counts below isolate what each bad statement sends
            try (Statement warm = jdbc.createStatement(); ResultSet rs = warm.executeQuery("SELECT * FROM items WHERE quantity < 0")) {
                assertTrue(!rs.next());
            }
            refused("malformed SQL", SQLException.class, () -> jdbc.createStatement().executeQuery("SELEC * FROM items"));
            refused("truncated SQL", SQLException.class, () -> jdbc.createStatement().executeQuery("SELECT * FROM"));
            refused("update through executeQuery", SQLException.class,
                    () -> jdbc.createStatement().executeQuery("DELETE FROM items"));
            refused("stacked statements", SQLException.class,
                    () -> jdbc.createStatement().execute("SELECT * FROM items; DROP TABLE items"));
            refused("setter index 0", SQLException.class,
                    () -> jdbc.prepareStatement("SELECT * FROM items WHERE name = ?").setString(0, "x"));
            refused("setter index past the markers", SQLException.class,
                    () -> jdbc.prepareStatement("SELECT * FROM items WHERE name = ?").setString(2, "x"));
            refused("unsupported object type in setObject", SQLException.class,
                    () -> jdbc.prepareStatement("SELECT * FROM items WHERE name = ?").setObject(1, new Object()));
            refused("unbound parameter in an update", SQLException.class,
                    () -> jdbc.prepareStatement("UPDATE items SET quantity = ? WHERE name = ?").executeUpdate());
            refused("huge IN list (over 16 MiB of values)", SQLException.class, () -> {
                int n = 20_000;
                StringBuilder sql = new StringBuilder("SELECT * FROM items WHERE name IN (");
                for (int i = 0; i < n; i++) {
                    sql.append(i == 0 ? "?" : ",?");
                }
                PreparedStatement ps = jdbc.prepareStatement(sql.append(")").toString());
                String value = "v".repeat(1_000);
                for (int i = 1; i <= n; i++) {
                    ps.setString(i, value + i);
                }
                ps.executeQuery();
            });

            // injection attempts through parameters are plain values: they run, match nothing, change nothing
            long before = server.backend().operationCommands();
            try (PreparedStatement ps = jdbc.prepareStatement("SELECT * FROM items WHERE name = ?")) {
                ps.setString(1, "x' OR '1'='1");
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(!rs.next(), "an injected OR matched rows");
                }
            }
            try (PreparedStatement ps = jdbc.prepareStatement("DELETE FROM items WHERE name = ?")) {
                ps.setString(1, "item1' OR '1'='1");
                assertEquals(0, ps.executeUpdate(), "an injected OR deleted rows");
            }
            try (PreparedStatement ps = jdbc.prepareStatement("UPDATE items SET quantity = 99 WHERE name = ?")) {
                ps.setObject(1, Map.of("$ne", "nothing"));
                assertEquals(0, ps.executeUpdate(), "an operator document passed as a parameter matched rows");
            } catch (SQLException e) {
                scan.addThrowable(e); // refusing a document-valued parameter is fine too
            }
            assertTrue(server.backend().operationCommands() > before, "the injection attempts did run as plain queries");
            tried.add("SQL injection through parameters (SELECT, DELETE, operator document) -> ran as plain values, matched 0");
        }

        assertEquals(seeded, items.find().into(new ArrayList<>()), "the database is unchanged");
        assertEquals(List.of("items"), client.getDatabase(DB).listCollectionNames().into(new ArrayList<>()),
                "no collection was created");
        assertNull(scan.firstLeak(), "a secret leaked");
        System.out.println("BadInputCatalogueIT: " + tried.size() + " bad inputs tried, each refused with a typed error "
                + "before anything was sent; database unchanged");
        for (String line : tried) {
            System.out.println("  " + line);
        }
    }
}
