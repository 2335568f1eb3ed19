package io.connectmongodb.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.cluster.ServerDescription;
import io.connectmongodb.driver.cluster.TopologyDescription;
import io.connectmongodb.driver.event.ServerClosedEvent;
import io.connectmongodb.driver.event.ServerDescriptionChangedEvent;
import io.connectmongodb.driver.event.ServerOpeningEvent;
import io.connectmongodb.driver.event.TopologyDescriptionChangedEvent;
import io.connectmongodb.driver.event.TopologyOpeningEvent;
import io.connectmongodb.driver.internal.topology.AddressParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * Compares published SDAM events with a monitoring spec file's expected events, in order: the
 * event kind, the address, and the descriptions' type, setName, primary and host lists (topology
 * ids are ours, so they are not compared).
 */
final class SdamEventMatcher {
    private SdamEventMatcher() {
    }

    static void assertEvents(String phase, BsonArray expected, List<Object> actual) {
        assertEquals(expected.size(), actual.size(), phase + ": number of events, got " + actual);
        for (int i = 0; i < expected.size(); i++) {
            BsonDocument wrapper = expected.get(i).asDocument();
            String kind = wrapper.getFirstKey();
            BsonDocument body = wrapper.getDocument(kind);
            Object event = actual.get(i);
            String where = phase + ", event " + i + " (" + kind + ")";
            switch (kind) {
                case "topology_opening_event" -> assertInstanceOf(TopologyOpeningEvent.class, event, where);
                case "server_opening_event" -> assertEquals(address(body),
                        assertInstanceOf(ServerOpeningEvent.class, event, where).address(), where);
                case "server_closed_event" -> assertEquals(address(body),
                        assertInstanceOf(ServerClosedEvent.class, event, where).address(), where);
                case "server_description_changed_event" -> {
                    ServerDescriptionChangedEvent changed = assertInstanceOf(ServerDescriptionChangedEvent.class, event, where);
                    assertEquals(address(body), changed.address(), where);
                    assertServer(where + " previous", body.getDocument("previousDescription"), changed.previousDescription());
                    assertServer(where + " new", body.getDocument("newDescription"), changed.newDescription());
                }
                case "topology_description_changed_event" -> {
                    TopologyDescriptionChangedEvent changed = assertInstanceOf(TopologyDescriptionChangedEvent.class, event, where);
                    assertTopology(where + " previous", body.getDocument("previousDescription"), changed.previousDescription());
                    assertTopology(where + " new", body.getDocument("newDescription"), changed.newDescription());
                }
                default -> throw new IllegalArgumentException("unknown event kind " + kind);
            }
        }
    }

    private static void assertTopology(String where, BsonDocument expected, TopologyDescription actual) {
        assertEquals(expected.getString("topologyType").getValue(), actual.type().specName(), where + ": topologyType");
        assertEquals(SdamFileRun.nullableString(expected.get("setName")), actual.setName(), where + ": setName");
        BsonArray servers = expected.getArray("servers");
        assertEquals(servers.size(), actual.servers().size(), where + ": number of servers in " + actual);
        for (BsonValue value : servers) {
            BsonDocument server = value.asDocument();
            ServerAddress address = address(server);
            assertServer(where + " server " + address, server, actual.server(address));
        }
    }

    private static void assertServer(String where, BsonDocument expected, ServerDescription actual) {
        assertEquals(address(expected), actual.address(), where + ": address");
        assertEquals(expected.getString("type").getValue(), actual.type().specName(), where + ": type");
        assertEquals(SdamFileRun.nullableString(expected.get("setName")), actual.setName(), where + ": setName");
        ServerAddress primary = expected.containsKey("primary") ? AddressParser.parse(expected.getString("primary").getValue()) : null;
        assertEquals(primary, actual.primary(), where + ": primary");
        assertEquals(addresses(expected.getArray("hosts")), names(actual.hosts()), where + ": hosts");
        assertEquals(addresses(expected.getArray("passives")), names(actual.passives()), where + ": passives");
        assertEquals(addresses(expected.getArray("arbiters")), names(actual.arbiters()), where + ": arbiters");
    }

    private static ServerAddress address(BsonDocument doc) {
        return AddressParser.parse(doc.getString("address").getValue());
    }

    private static Set<String> addresses(BsonArray array) {
        return array.stream().map(v -> AddressParser.parse(v.asString().getValue()).toString())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> names(Set<ServerAddress> addresses) {
        return new TreeSet<>(new ArrayList<>(addresses).stream().map(ServerAddress::toString).toList());
    }
}
