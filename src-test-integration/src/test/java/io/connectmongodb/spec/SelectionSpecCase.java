package io.connectmongodb.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.connectmongodb.driver.ReadPreference;
import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.cluster.ServerDescription;
import io.connectmongodb.driver.cluster.ServerType;
import io.connectmongodb.driver.cluster.TopologyDescription;
import io.connectmongodb.driver.cluster.TopologyType;
import io.connectmongodb.driver.internal.selection.LatencyWindow;
import io.connectmongodb.driver.internal.selection.ReadPreferenceSelector;
import io.connectmongodb.driver.internal.selection.ServerSelection;
import io.connectmongodb.driver.internal.selection.ServerSelector;
import io.connectmongodb.driver.internal.selection.WritableServerSelector;
import io.connectmongodb.driver.internal.topology.AddressParser;
import io.connectmongodb.driver.internal.topology.TopologySettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * One server selection or max staleness spec case: builds the {@link TopologyDescription} and the
 * read preference from the file, runs the selection functions and compares the suitable servers
 * and the latency window by address. Cases marked {@code error: true} must fail with an
 * {@link IllegalArgumentException} (invalid read preference or too small maxStalenessSeconds).
 */
final class SelectionSpecCase {
    private static final long DEFAULT_LOCAL_THRESHOLD_MS = TopologySettings.DEFAULT_LOCAL_THRESHOLD_MS;

    private SelectionSpecCase() {
    }

    static void run(BsonDocument spec) {
        TopologyDescription topology = topology(spec.getDocument("topology_description"));
        long heartbeat = spec.containsKey("heartbeatFrequencyMS")
                ? spec.getNumber("heartbeatFrequencyMS").longValue() : TopologySettings.DEFAULT_HEARTBEAT_FREQUENCY_MS;
        boolean write = spec.containsKey("operation") && spec.getString("operation").getValue().equals("write");
        Set<ServerAddress> deprioritized = new LinkedHashSet<>();
        if (spec.containsKey("deprioritized_servers")) {
            for (BsonValue server : spec.getArray("deprioritized_servers")) {
                deprioritized.add(AddressParser.parse(server.asDocument().getString("address").getValue()));
            }
        }
        if (spec.getBoolean("error", org.bson.BsonBoolean.FALSE).getValue()) {
            assertThrows(IllegalArgumentException.class, () -> {
                ServerSelector selector = selector(spec, write, heartbeat);
                ServerSelection.suitable(topology, selector, deprioritized);
            }, "an invalid read preference should be rejected");
            return;
        }
        ServerSelector selector = selector(spec, write, heartbeat);
        List<ServerDescription> suitable = ServerSelection.suitable(topology, selector, deprioritized);
        if (spec.containsKey("suitable_servers")) {
            assertEquals(addresses(spec.getArray("suitable_servers")), names(suitable), "suitable_servers");
        }
        List<ServerDescription> window = LatencyWindow.filter(suitable, DEFAULT_LOCAL_THRESHOLD_MS);
        assertEquals(addresses(spec.getArray("in_latency_window")), names(window), "in_latency_window");
    }

    static ServerSelector selector(BsonDocument spec, boolean write, long heartbeatFrequencyMS) {
        if (write) {
            return WritableServerSelector.INSTANCE;
        }
        return new ReadPreferenceSelector(readPreference(spec.getDocument("read_preference", new BsonDocument())),
                heartbeatFrequencyMS);
    }

    static ReadPreference readPreference(BsonDocument doc) {
        ReadPreference.Mode mode = doc.containsKey("mode")
                ? ReadPreference.Mode.fromName(doc.getString("mode").getValue()) : ReadPreference.Mode.PRIMARY;
        List<Map<String, String>> tagSets = new ArrayList<>();
        if (doc.containsKey("tag_sets")) {
            for (BsonValue tagSet : doc.getArray("tag_sets")) {
                Map<String, String> tags = new LinkedHashMap<>();
                tagSet.asDocument().forEach((k, v) -> tags.put(k, v.asString().getValue()));
                tagSets.add(tags);
            }
        }
        Long maxStaleness = doc.containsKey("maxStalenessSeconds") ? doc.getNumber("maxStalenessSeconds").longValue() : null;
        return ReadPreference.of(mode, tagSets, maxStaleness);
    }

    static TopologyDescription topology(BsonDocument doc) {
        List<ServerDescription> servers = new ArrayList<>();
        for (BsonValue value : doc.getArray("servers")) {
            servers.add(server(value.asDocument()));
        }
        return new TopologyDescription(TopologyType.fromSpecName(doc.getString("type").getValue()), null, null, null,
                servers, null, null);
    }

    private static ServerDescription server(BsonDocument doc) {
        ServerDescription.Builder b = ServerDescription.builder(AddressParser.parse(doc.getString("address").getValue()))
                .type(ServerType.fromSpecName(doc.getString("type").getValue()));
        if (doc.containsKey("avg_rtt_ms")) {
            b.roundTripTimeMillis(doc.getNumber("avg_rtt_ms").doubleValue());
        }
        if (doc.containsKey("tags")) {
            Map<String, String> tags = new LinkedHashMap<>();
            doc.getDocument("tags").forEach((k, v) -> tags.put(k, v.asString().getValue()));
            b.tags(tags);
        }
        if (doc.containsKey("lastUpdateTime")) {
            b.lastUpdateTimeMillis(doc.getNumber("lastUpdateTime").longValue());
        }
        if (doc.containsKey("lastWrite")) {
            b.lastWriteDateMillis(doc.getDocument("lastWrite").getNumber("lastWriteDate").longValue());
        }
        if (doc.containsKey("maxWireVersion")) {
            b.maxWireVersion(doc.getNumber("maxWireVersion").intValue());
        }
        return b.build();
    }

    private static Set<String> addresses(org.bson.BsonArray servers) {
        Set<String> result = new TreeSet<>();
        servers.forEach(s -> result.add(AddressParser.parse(s.asDocument().getString("address").getValue()).toString()));
        return result;
    }

    private static Set<String> names(List<ServerDescription> servers) {
        Set<String> result = new TreeSet<>();
        servers.forEach(s -> result.add(s.address().toString()));
        return result;
    }
}
