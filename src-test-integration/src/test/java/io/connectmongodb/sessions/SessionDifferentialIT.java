package io.connectmongodb.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.bson.Document;
import io.connectmongodb.driver.ClientSession;
import io.connectmongodb.driver.MongoClients;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same session flows through the official MongoDB Java driver and through ours, against one
 * recording embedded server that claims to be a replica set primary with sessions: a session, a
 * committed transaction, an aborted one, a retried write and a causally consistent read. The
 * transaction-relevant fields of every command (lsid presence and identity within the flow,
 * txnNumber sequence, startTransaction, autocommit, readConcern, writeConcern, recoveryToken) must
 * match command by command.
 */
class SessionDifferentialIT {
    private static final Set<String> COMPARED = Set.of("insert", "find", "update", "delete", "findAndModify", "aggregate",
            "commitTransaction", "abortTransaction");

    private static RecordingSessionBackend backend;
    private static MongoServer server;
    private static io.connectmongodb.driver.MongoClient ours;
    private static com.mongodb.client.MongoClient official;

    @BeforeAll
    static void start() {
        backend = new RecordingSessionBackend();
        backend.version(ServerVersion.MONGO_5_0);
        server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        String address = "127.0.0.1:" + server.getLocalAddress().getPort();
        backend.advertise(address);
        String uri = "mongodb://" + address + "/?replicaSet=rs0";
        ours = MongoClients.create(uri);
        official = com.mongodb.client.MongoClients.create(uri);
    }

    @AfterAll
    static void stop() {
        ours.close();
        official.close();
        server.shutdownNow();
    }

    private static io.connectmongodb.driver.MongoCollection<org.bson.Document> oursCollection(String name) {
        return ours.getDatabase("differential").getCollection(name);
    }

    private static com.mongodb.client.MongoCollection<org.bson.Document> officialCollection(String name) {
        return official.getDatabase("differential").getCollection(name);
    }

    /** Runs both flows (official first) and returns their normalized command shapes. */
    private static List<List<String>> run(Consumer<String> officialFlow, Consumer<String> ourFlow) {
        backend.clear();
        officialFlow.accept("official");
        List<String> officialShapes = shapes(backend.recorded());
        backend.clear();
        ourFlow.accept("ours");
        List<String> ourShapes = shapes(backend.recorded());
        System.out.println("official: " + officialShapes + "\nours:     " + ourShapes);
        assertEquals(officialShapes, ourShapes, "command by command");
        assertFalse(ourShapes.isEmpty());
        return List.of(officialShapes, ourShapes);
    }

    private static List<String> shapes(List<Document> commands) {
        List<String> shapes = new ArrayList<>();
        Map<String, Integer> lsids = new HashMap<>();
        Map<String, Long> firstTxnNumber = new HashMap<>();
        for (Document command : commands) {
            String name = command.keySet().iterator().next();
            if (!COMPARED.contains(name)) {
                continue;
            }
            StringBuilder shape = new StringBuilder(name);
            Object lsid = command.get("lsid");
            String lsidKey = lsid == null ? null : String.valueOf(lsid);
            if (lsidKey != null) {
                lsids.putIfAbsent(lsidKey, lsids.size() + 1);
                shape.append(" lsid#").append(lsids.get(lsidKey));
            }
            Object txnNumber = command.get("txnNumber");
            if (txnNumber != null) {
                long value = ((Number) txnNumber).longValue();
                firstTxnNumber.putIfAbsent(lsidKey, value);
                shape.append(" txn+").append(value - firstTxnNumber.get(lsidKey));
            }
            appendIfPresent(shape, command, "startTransaction");
            appendIfPresent(shape, command, "autocommit");
            if (command.get("readConcern") instanceof Document readConcern) {
                shape.append(" readConcern{").append(readConcern.containsKey("level") ? "level=" + readConcern.get("level") : "")
                        .append(readConcern.containsKey("afterClusterTime") ? " afterClusterTime" : "").append("}");
            }
            if (command.get("writeConcern") instanceof Document writeConcern) {
                shape.append(" writeConcern").append(new TreeMap<>(writeConcern));
            }
            if (command.containsKey("recoveryToken")) {
                shape.append(" recoveryToken");
            }
            shapes.add(shape.toString());
        }
        return shapes;
    }

    private static void appendIfPresent(StringBuilder shape, Document command, String field) {
        if (command.containsKey(field)) {
            shape.append(' ').append(field).append('=').append(command.get(field));
        }
    }

    @Test
    void aSessionSendsOneLsidOnEveryCommand() {
        List<List<String>> shapes = run(who -> {
            try (com.mongodb.client.ClientSession session = official.startSession()) {
                officialCollection("session").insertOne(session, new org.bson.Document("who", who));
                officialCollection("session").find(session).first();
                officialCollection("session").insertOne(session, new org.bson.Document("who", who).append("second", true));
            }
        }, who -> {
            try (ClientSession session = ours.startSession()) {
                oursCollection("session").insertOne(session, new org.bson.Document("who", who));
                oursCollection("session").find(session, new org.bson.Document()).first();
                oursCollection("session").insertOne(session, new org.bson.Document("who", who).append("second", true));
            }
        });
        assertTrue(shapes.get(1).get(0).contains("lsid#1") && shapes.get(1).get(1).contains("lsid#1"));
    }

    @Test
    void aCommittedTransaction() {
        List<List<String>> shapes = run(who -> {
            try (com.mongodb.client.ClientSession session = official.startSession()) {
                session.startTransaction();
                officialCollection("committed").insertOne(session, new org.bson.Document("who", who).append("n", 1));
                officialCollection("committed").insertOne(session, new org.bson.Document("who", who).append("n", 2));
                officialCollection("committed").find(session).first();
                session.commitTransaction();
            }
        }, who -> {
            try (ClientSession session = ours.startSession()) {
                session.startTransaction();
                oursCollection("committed").insertOne(session, new org.bson.Document("who", who).append("n", 1));
                oursCollection("committed").insertOne(session, new org.bson.Document("who", who).append("n", 2));
                oursCollection("committed").find(session, new org.bson.Document()).first();
                session.commitTransaction();
            }
        });
        List<String> ourShapes = shapes.get(1);
        assertTrue(ourShapes.get(0).contains("startTransaction=true") && ourShapes.get(0).contains("autocommit=false"));
        assertFalse(ourShapes.get(1).contains("startTransaction"));
        assertTrue(ourShapes.get(3).startsWith("commitTransaction") && ourShapes.get(3).contains("txn+0"));
    }

    @Test
    void aPlainWriteAfterACommittedTransaction() {
        run(who -> {
            try (com.mongodb.client.ClientSession session = official.startSession()) {
                session.startTransaction();
                officialCollection("after").insertOne(session, new org.bson.Document("who", who));
                session.commitTransaction();
                officialCollection("after").insertOne(session, new org.bson.Document("who", who));
            }
        }, who -> {
            try (ClientSession session = ours.startSession()) {
                session.startTransaction();
                oursCollection("after").insertOne(session, new org.bson.Document("who", who));
                session.commitTransaction();
                oursCollection("after").insertOne(session, new org.bson.Document("who", who));
            }
        });
    }

    @Test
    void anAbortedTransaction() {
        run(who -> {
            try (com.mongodb.client.ClientSession session = official.startSession()) {
                session.startTransaction();
                officialCollection("aborted").insertOne(session, new org.bson.Document("who", who));
                session.abortTransaction();
                session.startTransaction();
                officialCollection("aborted").insertOne(session, new org.bson.Document("who", who));
                session.commitTransaction();
            }
        }, who -> {
            try (ClientSession session = ours.startSession()) {
                session.startTransaction();
                oursCollection("aborted").insertOne(session, new org.bson.Document("who", who));
                session.abortTransaction();
                session.startTransaction();
                oursCollection("aborted").insertOne(session, new org.bson.Document("who", who));
                session.commitTransaction();
            }
        });
    }

    @Test
    void aRetriedWriteReusesItsTransactionNumber() {
        List<List<String>> shapes = run(who -> {
            backend.failNext("insert", 1);
            officialCollection("retried").insertOne(new org.bson.Document("who", who));
        }, who -> {
            backend.failNext("insert", 1);
            oursCollection("retried").insertOne(new org.bson.Document("who", who));
        });
        assertEquals(2, shapes.get(1).size());
        assertTrue(shapes.get(1).get(1).contains("txn+0"), "the retry has the same txnNumber");
    }

    @Test
    void aCausallyConsistentRead() {
        List<List<String>> shapes = run(who -> {
            try (com.mongodb.client.ClientSession session = official.startSession(
                    com.mongodb.ClientSessionOptions.builder().causallyConsistent(true).build())) {
                officialCollection("causal").insertOne(session, new org.bson.Document("who", who));
                officialCollection("causal").find(session).first();
            }
        }, who -> {
            try (ClientSession session = ours.startSession()) {
                oursCollection("causal").insertOne(session, new org.bson.Document("who", who));
                oursCollection("causal").find(session, new org.bson.Document()).first();
            }
        });
        assertTrue(shapes.get(1).get(1).contains("afterClusterTime"), shapes.get(1).toString());
    }
}
