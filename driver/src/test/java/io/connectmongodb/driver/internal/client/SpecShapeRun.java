package io.connectmongodb.driver.internal.client;

import io.connectmongodb.driver.ClientSession;
import io.connectmongodb.driver.ClientSessionOptions;
import io.connectmongodb.driver.MongoClient;
import io.connectmongodb.driver.MongoClientSettings;
import io.connectmongodb.driver.MongoCollection;
import io.connectmongodb.driver.MongoDatabase;
import io.connectmongodb.driver.ReadConcern;
import io.connectmongodb.driver.TransactionOptions;
import io.connectmongodb.driver.WriteConcern;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * Runs one unified-format test's operations through our driver over recording sources (one per
 * client entity) and compares the commands sent with the expected {@code commandStartedEvent}s.
 * Servers are simulated by {@link SpecFakeServer}.
 */
final class SpecShapeRun {
    private static final Set<String> SESSION_OPS = Set.of("startTransaction", "commitTransaction", "abortTransaction",
            "endSession", "withTransaction");
    private static final Set<String> COLLECTION_OPS = Set.of("insertOne", "insertMany", "find", "updateOne", "updateMany",
            "replaceOne", "deleteOne", "deleteMany", "findOneAndUpdate", "findOneAndDelete", "findOneAndReplace",
            "countDocuments", "distinct", "aggregate", "bulkWrite");
    private static final Set<String> DATABASE_OPS = Set.of("runCommand", "createCollection", "dropCollection");
    private static final Set<String> URI_OPTIONS = Set.of("retryWrites", "retryReads", "w", "readConcernLevel", "appname",
            "heartbeatFrequencyMS");

    private final BsonDocument suite;
    private final BsonDocument test;
    private final Map<String, SpecFakeServer> servers = new HashMap<>();
    private final Map<String, MongoClient> clients = new HashMap<>();
    private final Map<String, MongoDatabase> databases = new HashMap<>();
    private final Map<String, MongoCollection<BsonDocument>> collections = new HashMap<>();
    private final Map<String, ClientSession> sessions = new HashMap<>();
    private final Map<String, String> sessionClients = new HashMap<>();
    private final Map<String, BsonDocument> sessionIds = new HashMap<>();

    SpecShapeRun(BsonDocument suite, BsonDocument test) {
        this.suite = suite;
        this.test = test;
    }

    /**
     * Tests whose expectations contradict the causal consistency spec text (afterClusterTime only on
     * reads outside transactions; DRIVERS-2125) and the official Java driver, which the
     * differential IT compares us with: they expect afterClusterTime on a plain insert.
     */
    private static final Set<String> AFTER_CLUSTER_TIME_ON_WRITES = Set.of("reset session state commit",
            "reset session state abort", "increment txnNumber");

    /** Why this test cannot run here, or null. */
    String unsupportedReason() {
        if (AFTER_CLUSTER_TIME_ON_WRITES.contains(test.getString("description").getValue())) {
            return "expects afterClusterTime on a write outside a transaction (against the causal consistency spec)";
        }
        if (hello() == null) {
            return "standalone or serverless only";
        }
        if (!test.containsKey("expectEvents")) {
            return "no expected commands";
        }
        for (BsonValue entity : suite.getArray("createEntities", new org.bson.BsonArray())) {
            BsonDocument client = entity.asDocument().getDocument("client", null);
            if (client != null) {
                for (String option : client.getDocument("uriOptions", new BsonDocument()).keySet()) {
                    if (!URI_OPTIONS.contains(option)) {
                        return "uri option " + option;
                    }
                }
            }
            if (entity.asDocument().containsKey("session") && entity.asDocument().getDocument("session")
                    .getDocument("sessionOptions", new BsonDocument()).containsKey("snapshot")) {
                return "snapshot sessions";
            }
        }
        return operationsReason(test.getArray("operations"));
    }

    private String operationsReason(org.bson.BsonArray operations) {
        for (BsonValue value : operations) {
            BsonDocument operation = value.asDocument();
            String name = operation.getString("name").getValue();
            String object = operation.getString("object").getValue();
            if (object.equals("testRunner")) {
                if (name.equals("failPoint") || name.equals("targetedFailPoint")) {
                    String reason = SpecFakeServer.failPointReason(operation.getDocument("arguments").getDocument("failPoint"));
                    if (reason != null) {
                        return reason;
                    }
                } else if (!name.startsWith("assert")) {
                    return "test runner operation " + name;
                }
            } else if (!(SESSION_OPS.contains(name) || COLLECTION_OPS.contains(name) || DATABASE_OPS.contains(name))) {
                return "operation " + name;
            } else if (name.equals("withTransaction")) {
                String reason = operationsReason(operation.getDocument("arguments").getArray("callback"));
                if (reason != null) {
                    return reason;
                }
            } else if (name.equals("bulkWrite") || name.equals("find") || name.equals("aggregate")) {
                BsonDocument arguments = operation.getDocument("arguments", new BsonDocument());
                if (arguments.containsKey("let") || arguments.containsKey("batchSize")) {
                    return "options let/batchSize";
                }
            }
        }
        return null;
    }

    /** The simulated server's handshake fields: a replica set member, or a mongos when only sharded is allowed. */
    private String hello() {
        BsonValue requirements = test.containsKey("runOnRequirements") ? test.get("runOnRequirements")
                : suite.get("runOnRequirements");
        if (requirements == null) {
            return "{setName: 'rs'}";
        }
        boolean sharded = false;
        for (BsonValue requirement : requirements.asArray()) {
            BsonDocument r = requirement.asDocument();
            if (r.containsKey("serverless") && r.getString("serverless").getValue().equals("require")) {
                continue;
            }
            if (!r.containsKey("topologies")) {
                return "{setName: 'rs'}";
            }
            for (BsonValue topology : r.getArray("topologies")) {
                String t = topology.asString().getValue();
                if (t.equals("replicaset")) {
                    return "{setName: 'rs'}";
                }
                sharded |= t.equals("sharded") || t.equals("sharded-replicaset");
            }
        }
        return sharded ? "{msg: 'isdbgrid'}" : null;
    }

    /** Runs the operations and returns the first mismatch, or null. */
    String run() {
        try {
            createEntities();
            for (BsonValue operation : test.getArray("operations")) {
                execute(operation.asDocument());
            }
            return compare();
        } finally {
            sessions.values().forEach(session -> {
                try {
                    session.close();
                } catch (RuntimeException ignored) {
                    // closing may abort on the fake server; its commands are not compared any more
                }
            });
        }
    }

    private void createEntities() {
        String hello = hello();
        for (BsonValue value : suite.getArray("createEntities")) {
            BsonDocument entity = value.asDocument();
            String kind = entity.getFirstKey();
            BsonDocument spec = entity.getDocument(kind);
            String id = spec.getString("id").getValue();
            switch (kind) {
                case "client" -> {
                    SpecFakeServer server = new SpecFakeServer(hello, Set.copyOf(spec.getArray("ignoreCommandMonitoringEvents",
                            new org.bson.BsonArray()).stream().map(v -> v.asString().getValue()).toList()));
                    servers.put(id, server);
                    clients.put(id, new MongoClientImpl(settings(spec.getDocument("uriOptions", new BsonDocument())),
                            server.source()));
                }
                case "database" -> databases.put(id, clients.get(spec.getString("client").getValue())
                        .getDatabase(spec.getString("databaseName").getValue()));
                case "collection" -> {
                    MongoCollection<BsonDocument> collection = databases.get(spec.getString("database").getValue())
                            .getCollection(spec.getString("collectionName").getValue(), BsonDocument.class);
                    BsonDocument options = spec.getDocument("collectionOptions", new BsonDocument());
                    if (options.containsKey("writeConcern")) {
                        collection = collection.withWriteConcern(writeConcern(options.getDocument("writeConcern")));
                    }
                    if (options.containsKey("readConcern")) {
                        collection = collection.withReadConcern(ReadConcern.of(options.getDocument("readConcern")
                                .getString("level").getValue()));
                    }
                    collections.put(id, collection);
                }
                case "session" -> {
                    String client = spec.getString("client").getValue();
                    BsonDocument options = spec.getDocument("sessionOptions", new BsonDocument());
                    ClientSessionOptions.Builder builder = ClientSessionOptions.builder();
                    if (options.containsKey("causalConsistency")) {
                        builder.causallyConsistent(options.getBoolean("causalConsistency").getValue());
                    }
                    if (options.containsKey("defaultTransactionOptions")) {
                        builder.defaultTransactionOptions(transactionOptions(options.getDocument("defaultTransactionOptions")));
                    }
                    sessions.put(id, clients.get(client).startSession(builder.build()));
                    sessionClients.put(id, client);
                }
                default -> {
                    // bucket and other entities are not used by these suites' session checks
                }
            }
        }
    }

    private static MongoClientSettings settings(BsonDocument uriOptions) {
        MongoClientSettings.Builder builder = MongoClientSettings.builder();
        if (uriOptions.containsKey("retryWrites")) {
            builder.retryWrites(uriOptions.getBoolean("retryWrites").getValue());
        }
        if (uriOptions.containsKey("retryReads")) {
            builder.retryReads(uriOptions.getBoolean("retryReads").getValue());
        }
        if (uriOptions.containsKey("w")) {
            BsonValue w = uriOptions.get("w");
            builder.writeConcern(w.isString() ? WriteConcern.w(w.asString().getValue()) : WriteConcern.w(w.asNumber().intValue()));
        }
        if (uriOptions.containsKey("readConcernLevel")) {
            builder.readConcern(ReadConcern.of(uriOptions.getString("readConcernLevel").getValue()));
        }
        return builder.build();
    }

    static WriteConcern writeConcern(BsonDocument document) {
        BsonValue w = document.get("w");
        Object wValue = w == null ? null : w.isString() ? w.asString().getValue() : Integer.valueOf(w.asNumber().intValue());
        String journalKey = document.containsKey("journal") ? "journal" : "j";
        String timeoutKey = document.containsKey("wtimeoutMS") ? "wtimeoutMS" : "wtimeout";
        Boolean journal = document.containsKey(journalKey) ? document.getBoolean(journalKey).getValue() : null;
        Long wtimeout = document.containsKey(timeoutKey) ? document.getNumber(timeoutKey).longValue() : null;
        return WriteConcern.of(wValue, journal, wtimeout);
    }

    private static TransactionOptions transactionOptions(BsonDocument document) {
        TransactionOptions.Builder builder = TransactionOptions.builder();
        if (document.containsKey("readConcern")) {
            builder.readConcern(ReadConcern.of(document.getDocument("readConcern").getString("level", null) == null ? null
                    : document.getDocument("readConcern").getString("level").getValue()));
        }
        if (document.containsKey("writeConcern")) {
            builder.writeConcern(writeConcern(document.getDocument("writeConcern")));
        }
        if (document.containsKey("maxCommitTimeMS")) {
            builder.maxCommitTimeMS(document.getNumber("maxCommitTimeMS").longValue());
        }
        return builder.build();
    }

    private void execute(BsonDocument operation) {
        String object = operation.getString("object").getValue();
        String name = operation.getString("name").getValue();
        BsonDocument arguments = operation.getDocument("arguments", new BsonDocument());
        try {
            if (object.equals("testRunner")) {
                runnerOperation(name, arguments);
            } else if (sessions.containsKey(object)) {
                sessionOperation(sessions.get(object), name, arguments);
            } else if (collections.containsKey(object)) {
                new SpecCollectionOperations(collections.get(object), sessionArgument(arguments)).run(name, arguments);
            } else if (databases.containsKey(object)) {
                new SpecCollectionOperations(null, sessionArgument(arguments)).runOnDatabase(databases.get(object), name, arguments);
            } else {
                throw new IllegalArgumentException("unknown entity " + object);
            }
        } catch (RuntimeException e) {
            if (!operation.containsKey("expectError")) {
                throw new AssertionError(name + " failed unexpectedly: " + e, e);
            }
            checkLabels(name, operation.getDocument("expectError"), e);
        } finally {
            sessions.forEach((id, session) -> {
                if (session.getSessionId() != null) {
                    sessionIds.put(id, session.getSessionId());
                }
            });
        }
    }

    /** The expected error labels ({@code errorLabelsContain}/{@code errorLabelsOmit}) must be present/absent. */
    private static void checkLabels(String operation, BsonDocument expectError, RuntimeException error) {
        Set<String> labels = error instanceof io.connectmongodb.driver.error.MongoException me ? me.errorLabels() : Set.of();
        for (BsonValue label : expectError.getArray("errorLabelsContain", new org.bson.BsonArray())) {
            if (!labels.contains(label.asString().getValue())) {
                throw new AssertionError(operation + " error " + error + " lacks label " + label.asString().getValue());
            }
        }
        for (BsonValue label : expectError.getArray("errorLabelsOmit", new org.bson.BsonArray())) {
            if (labels.contains(label.asString().getValue())) {
                throw new AssertionError(operation + " error " + error + " has label " + label.asString().getValue());
            }
        }
    }

    private ClientSession sessionArgument(BsonDocument arguments) {
        return arguments.containsKey("session") ? sessions.get(arguments.getString("session").getValue()) : null;
    }

    private void runnerOperation(String name, BsonDocument arguments) {
        if (name.equals("failPoint")) {
            servers.get(arguments.getString("client").getValue()).addFailPoint(arguments.getDocument("failPoint"));
        } else if (name.equals("targetedFailPoint")) {
            servers.get(sessionClients.get(arguments.getString("session").getValue()))
                    .addFailPoint(arguments.getDocument("failPoint"));
        }
        // assert* operations check server-side or driver-internal state, not commands: nothing to send
    }

    private void sessionOperation(ClientSession session, String name, BsonDocument arguments) {
        switch (name) {
            case "startTransaction" -> session.startTransaction(transactionOptions(arguments));
            case "commitTransaction" -> session.commitTransaction();
            case "abortTransaction" -> session.abortTransaction();
            case "endSession" -> {
                if (session.getSessionId() != null) {
                    sessionIds.put(sessionIdOf(session), session.getSessionId());
                }
                session.close();
            }
            case "withTransaction" -> session.withTransaction(() -> {
                for (BsonValue operation : arguments.getArray("callback")) {
                    BsonDocument op = operation.asDocument();
                    String object = op.getString("object").getValue();
                    String opName = op.getString("name").getValue();
                    BsonDocument opArguments = op.getDocument("arguments", new BsonDocument());
                    try {
                        if (collections.containsKey(object)) {
                            new SpecCollectionOperations(collections.get(object), sessionArgument(opArguments))
                                    .run(opName, opArguments);
                        } else if (object.equals("testRunner")) {
                            runnerOperation(opName, opArguments);
                        } else {
                            new SpecCollectionOperations(null, sessionArgument(opArguments))
                                    .runOnDatabase(databases.get(object), opName, opArguments);
                        }
                    } catch (RuntimeException e) {
                        if (!op.containsKey("expectError")) {
                            throw e;
                        }
                    }
                }
                return null;
            }, transactionOptions(arguments));
            default -> throw new IllegalArgumentException("session operation " + name);
        }
    }

    private String sessionIdOf(ClientSession session) {
        return sessions.entrySet().stream().filter(e -> e.getValue() == session).findFirst().orElseThrow().getKey();
    }

    private String compare() {
        SpecCommandMatcher matcher = new SpecCommandMatcher(sessionIds);
        for (BsonValue value : test.getArray("expectEvents")) {
            BsonDocument expectation = value.asDocument();
            if (!expectation.getString("eventType", new org.bson.BsonString("command")).getValue().equals("command")) {
                continue;
            }
            SpecFakeServer server = servers.get(expectation.getString("client").getValue());
            List<BsonDocument> expected = new ArrayList<>();
            for (BsonValue event : expectation.getArray("events")) {
                BsonDocument started = event.asDocument().getDocument("commandStartedEvent", null);
                if (started != null) {
                    BsonDocument command = started.getDocument("command", new BsonDocument());
                    String name = started.containsKey("commandName") ? started.getString("commandName").getValue()
                            : command.getFirstKey();
                    expected.add(new BsonDocument(name, org.bson.BsonNull.VALUE).append("expected", command));
                }
            }
            List<BsonDocument> actual = server.observed();
            boolean extraAllowed = expectation.getBoolean("ignoreExtraEvents", org.bson.BsonBoolean.FALSE).getValue();
            List<String> expectedNames = expected.stream().map(BsonDocument::getFirstKey).toList();
            expected = expected.stream().map(e -> e.getDocument("expected")).toList();
            List<String> actualNames = actual.stream().map(BsonDocument::getFirstKey).toList();
            if (extraAllowed ? actualNames.size() < expectedNames.size()
                    || !actualNames.subList(0, expectedNames.size()).equals(expectedNames) : !actualNames.equals(expectedNames)) {
                return "commands " + actualNames + ", expected " + expectedNames;
            }
            for (int i = 0; i < expected.size(); i++) {
                String mismatch = matcher.mismatch(expected.get(i), actual.get(i));
                mismatch = mismatch == null ? null : actualNames.get(i) + ": " + mismatch;
                if (mismatch != null) {
                    return "command " + i + " " + mismatch;
                }
            }
        }
        return null;
    }

}
