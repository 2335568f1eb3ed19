package io.connectmongodb.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.cluster.ServerDescription;
import io.connectmongodb.driver.cluster.ServerType;
import io.connectmongodb.driver.cluster.TopologyDescription;
import io.connectmongodb.driver.cluster.TopologyType;
import io.connectmongodb.driver.cluster.TopologyVersion;
import io.connectmongodb.driver.error.MongoCommandException;
import io.connectmongodb.driver.error.MongoSocketException;
import io.connectmongodb.driver.error.MongoSocketReadTimeoutException;
import io.connectmongodb.driver.event.ServerListener;
import io.connectmongodb.driver.event.TopologyListener;
import io.connectmongodb.driver.internal.topology.AddressParser;
import io.connectmongodb.driver.internal.topology.ApplicationError;
import io.connectmongodb.driver.internal.topology.HelloReplyParser;
import io.connectmongodb.driver.internal.topology.Monitor;
import io.connectmongodb.driver.internal.topology.PoolClearer;
import io.connectmongodb.driver.internal.topology.Topology;
import io.connectmongodb.driver.internal.topology.TopologySettings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.types.ObjectId;

/**
 * One SDAM spec file: builds a {@link Topology} from the file's URI with inert monitors and a
 * generation-counting pool stand-in, feeds each phase's hello responses and application errors,
 * and compares the outcome (topology fields and servers, or the published events).
 */
final class SdamFileRun {
    private final BsonDocument spec;
    private final boolean monitoringFile;
    private final CountingPools pools = new CountingPools();
    private final List<Object> events = new ArrayList<>();
    private long clockMillis = 1_000;

    SdamFileRun(BsonDocument spec, boolean monitoringFile) {
        this.spec = spec;
        this.monitoringFile = monitoringFile;
    }

    void run() {
        TopologySettings settings = SdamTestUri.parse(spec.getString("uri").getValue());
        TopologyListener topologyListener = new TopologyListener() {
            @Override
            public void topologyOpening(io.connectmongodb.driver.event.TopologyOpeningEvent event) {
                events.add(event);
            }

            @Override
            public void topologyDescriptionChanged(io.connectmongodb.driver.event.TopologyDescriptionChangedEvent event) {
                events.add(event);
            }
        };
        ServerListener serverListener = new ServerListener() {
            @Override
            public void serverOpening(io.connectmongodb.driver.event.ServerOpeningEvent event) {
                events.add(event);
            }

            @Override
            public void serverDescriptionChanged(io.connectmongodb.driver.event.ServerDescriptionChangedEvent event) {
                events.add(event);
            }

            @Override
            public void serverClosed(io.connectmongodb.driver.event.ServerClosedEvent event) {
                events.add(event);
            }
        };
        try (Topology topology = new Topology(settings, (address, handler) -> new InertMonitor(), pools,
                List.of(topologyListener), List.of(serverListener))) {
            topology.start();
            int index = 0;
            for (BsonValue phaseValue : spec.getArray("phases")) {
                BsonDocument phase = phaseValue.asDocument();
                String label = "phase " + index++ + (phase.containsKey("description")
                        ? " (" + phase.getString("description").getValue() + ")" : "");
                feedResponses(topology, phase);
                feedApplicationErrors(topology, phase);
                BsonDocument outcome = phase.getDocument("outcome");
                if (monitoringFile) {
                    SdamEventMatcher.assertEvents(label, outcome.getArray("events"), events);
                    events.clear();
                } else {
                    assertTopology(label, outcome, topology.description());
                }
            }
        }
    }

    private void feedResponses(Topology topology, BsonDocument phase) {
        if (!phase.containsKey("responses")) {
            return;
        }
        for (BsonValue response : phase.getArray("responses")) {
            ServerAddress address = AddressParser.parse(response.asArray().get(0).asString().getValue());
            BsonDocument reply = response.asArray().get(1).asDocument();
            clockMillis += 10;
            if (reply.isEmpty()) {
                topology.checkFailed(address, new MongoSocketException("simulated network error checking " + address, address));
            } else {
                topology.checkSucceeded(HelloReplyParser.parse(address, reply, 1.0, 0.0, clockMillis));
            }
        }
    }

    private void feedApplicationErrors(Topology topology, BsonDocument phase) {
        if (!phase.containsKey("applicationErrors")) {
            return;
        }
        for (BsonValue value : phase.getArray("applicationErrors")) {
            BsonDocument error = value.asDocument();
            ServerAddress address = AddressParser.parse(error.getString("address").getValue());
            Throwable cause = switch (error.getString("type").getValue()) {
                case "network" -> new MongoSocketException("simulated network error", address);
                case "timeout" -> new MongoSocketReadTimeoutException("simulated network timeout", address, null);
                case "command" -> commandError(error.getDocument("response"), address);
                default -> throw new IllegalArgumentException("unknown application error type " + error.get("type"));
            };
            if (cause == null) {
                continue; // an ok:1 reply (for example with writeErrors) is not an error for SDAM
            }
            int generation = error.containsKey("generation") ? error.getNumber("generation").intValue() : pools.generation(address);
            boolean afterHandshake = error.getString("when").getValue().equals("afterHandshakeCompletes");
            topology.handleApplicationError(new ApplicationError(address, cause, generation,
                    error.getNumber("maxWireVersion").intValue(), afterHandshake, null));
        }
    }

    private static Throwable commandError(BsonDocument response, ServerAddress address) {
        BsonValue ok = response.get("ok");
        if (ok != null && ok.isNumber() && ok.asNumber().doubleValue() == 1.0) {
            return null;
        }
        return new MongoCommandException(response, address);
    }

    private void assertTopology(String phase, BsonDocument outcome, TopologyDescription actual) {
        assertEquals(TopologyType.fromSpecName(outcome.getString("topologyType").getValue()), actual.type(), phase + ": topologyType");
        assertEquals(nullableString(outcome.get("setName")), actual.setName(), phase + ": setName");
        if (outcome.containsKey("logicalSessionTimeoutMinutes")) {
            assertEquals(nullableInt(outcome.get("logicalSessionTimeoutMinutes")), actual.logicalSessionTimeoutMinutes(),
                    phase + ": logicalSessionTimeoutMinutes");
        }
        if (outcome.containsKey("maxSetVersion")) {
            assertEquals(nullableInt(outcome.get("maxSetVersion")), actual.maxSetVersion(), phase + ": maxSetVersion");
        }
        if (outcome.containsKey("maxElectionId")) {
            assertEquals(nullableObjectId(outcome.get("maxElectionId")), actual.maxElectionId(), phase + ": maxElectionId");
        }
        if (outcome.containsKey("compatible")) {
            assertEquals(outcome.getBoolean("compatible").getValue(), actual.isCompatible(), phase + ": compatible");
        }
        BsonDocument servers = outcome.getDocument("servers");
        Set<ServerAddress> expectedAddresses = new TreeSet<>(java.util.Comparator.comparing(ServerAddress::toString));
        servers.keySet().forEach(k -> expectedAddresses.add(AddressParser.parse(k)));
        Set<ServerAddress> actualAddresses = new TreeSet<>(java.util.Comparator.comparing(ServerAddress::toString));
        actualAddresses.addAll(actual.servers().keySet());
        assertEquals(expectedAddresses, actualAddresses, phase + ": server addresses");
        for (String key : servers.keySet()) {
            assertServer(phase + ", server " + key, servers.getDocument(key), actual.server(AddressParser.parse(key)));
        }
    }

    private void assertServer(String where, BsonDocument expected, ServerDescription actual) {
        assertNotNull(actual, where);
        assertEquals(ServerType.fromSpecName(expected.getString("type").getValue()), actual.type(), where + ": type");
        if (expected.containsKey("setName")) {
            assertEquals(nullableString(expected.get("setName")), actual.setName(), where + ": setName");
        }
        if (expected.containsKey("setVersion")) {
            assertEquals(nullableInt(expected.get("setVersion")), actual.setVersion(), where + ": setVersion");
        }
        if (expected.containsKey("electionId")) {
            assertEquals(nullableObjectId(expected.get("electionId")), actual.electionId(), where + ": electionId");
        }
        if (expected.containsKey("logicalSessionTimeoutMinutes")) {
            assertEquals(nullableInt(expected.get("logicalSessionTimeoutMinutes")), actual.logicalSessionTimeoutMinutes(),
                    where + ": logicalSessionTimeoutMinutes");
        }
        if (expected.containsKey("minWireVersion")) {
            assertEquals(intOrZero(expected.get("minWireVersion")), actual.minWireVersion(), where + ": minWireVersion");
        }
        if (expected.containsKey("maxWireVersion")) {
            assertEquals(intOrZero(expected.get("maxWireVersion")), actual.maxWireVersion(), where + ": maxWireVersion");
        }
        if (expected.containsKey("topologyVersion")) {
            assertEquals(TopologyVersion.fromDocument(expected.get("topologyVersion")), actual.topologyVersion(),
                    where + ": topologyVersion");
        }
        if (expected.containsKey("pool")) {
            assertEquals(expected.getDocument("pool").getNumber("generation").intValue(), pools.generation(actual.address()),
                    where + ": pool generation");
        }
        if (expected.containsKey("error")) {
            String substring = expected.getString("error").getValue();
            assertNotNull(actual.error(), where + ": error expected containing '" + substring + "'");
            assertTrue(actual.error().getMessage().contains(substring),
                    where + ": error '" + actual.error().getMessage() + "' should contain '" + substring + "'");
        }
    }

    static String nullableString(BsonValue value) {
        return value == null || value.isNull() ? null : value.asString().getValue();
    }

    static Integer nullableInt(BsonValue value) {
        return value == null || value.isNull() ? null : value.asNumber().intValue();
    }

    private static int intOrZero(BsonValue value) {
        return value == null || value.isNull() ? 0 : value.asNumber().intValue();
    }

    private static ObjectId nullableObjectId(BsonValue value) {
        return value == null || value.isNull() ? null : value.asObjectId().getValue();
    }

    /** Stands in for the pool: counts clears per server as the pool generation. */
    private static final class CountingPools implements PoolClearer {
        private final Map<ServerAddress, Integer> generations = new HashMap<>();

        @Override
        public void clear(ServerAddress address, ObjectId serviceId, boolean interruptInUseConnections, Throwable cause) {
            generations.merge(address, 1, Integer::sum);
        }

        @Override
        public void markReady(ServerAddress address) {
            generations.putIfAbsent(address, 0);
        }

        @Override
        public int generation(ServerAddress address) {
            return generations.getOrDefault(address, 0);
        }
    }

    /** The file's responses replace checks, so monitors do nothing. */
    private static final class InertMonitor implements Monitor {
        @Override
        public void start() {
        }

        @Override
        public void requestCheck() {
        }

        @Override
        public void cancelCheck() {
        }

        @Override
        public void close() {
        }
    }
}
