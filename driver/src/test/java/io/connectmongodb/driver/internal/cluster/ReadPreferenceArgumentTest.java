package io.connectmongodb.driver.internal.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.connectmongodb.driver.ReadPreference;
import io.connectmongodb.driver.cluster.ServerType;
import io.connectmongodb.driver.cluster.TopologyType;
import io.connectmongodb.driver.internal.binding.OperationIntent;
import java.util.List;
import java.util.Map;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

/** The server selection spec's rules for sending {@code $readPreference} with OP_MSG. */
class ReadPreferenceArgumentTest {
    private static final OperationIntent PRIMARY = OperationIntent.forRead(ReadPreference.primary());
    private static final OperationIntent SECONDARY = OperationIntent.forRead(ReadPreference.secondary());
    private static final OperationIntent TAGGED = OperationIntent.forRead(
            ReadPreference.of(ReadPreference.Mode.NEAREST, List.of(Map.of("dc", "east")), 120L));

    @Test
    void mongosGetsEveryReadPreferenceButPrimary() {
        assertNull(ReadPreferenceArgument.of(TopologyType.SHARDED, ServerType.MONGOS, PRIMARY));
        assertEquals(BsonDocument.parse("{mode: 'secondary'}"), ReadPreferenceArgument.of(TopologyType.SHARDED, ServerType.MONGOS, SECONDARY));
        assertEquals(TAGGED.readPreference().toDocument(), ReadPreferenceArgument.of(TopologyType.SHARDED, ServerType.MONGOS, TAGGED));
        assertEquals(BsonDocument.parse("{mode: 'secondary'}"), ReadPreferenceArgument.of(TopologyType.SINGLE, ServerType.MONGOS, SECONDARY));
    }

    @Test
    void writesNeverCarryOne() {
        for (TopologyType topology : TopologyType.values()) {
            assertNull(ReadPreferenceArgument.of(topology, ServerType.MONGOS, OperationIntent.forWrite()));
            assertNull(ReadPreferenceArgument.of(topology, ServerType.RS_SECONDARY, OperationIntent.forWrite()));
        }
    }

    @Test
    void aDirectlyConnectedMemberReadsAsPrimaryPreferredAndAStandaloneGetsNothing() {
        assertEquals(BsonDocument.parse("{mode: 'primaryPreferred'}"),
                ReadPreferenceArgument.of(TopologyType.SINGLE, ServerType.RS_SECONDARY, PRIMARY));
        assertEquals(BsonDocument.parse("{mode: 'secondary'}"),
                ReadPreferenceArgument.of(TopologyType.SINGLE, ServerType.RS_SECONDARY, SECONDARY));
        assertNull(ReadPreferenceArgument.of(TopologyType.SINGLE, ServerType.STANDALONE, SECONDARY));
    }

    @Test
    void replicaSetMembersGetNonPrimaryReadPreferences() {
        assertNull(ReadPreferenceArgument.of(TopologyType.REPLICA_SET_WITH_PRIMARY, ServerType.RS_PRIMARY, PRIMARY));
        assertEquals(BsonDocument.parse("{mode: 'secondary'}"),
                ReadPreferenceArgument.of(TopologyType.REPLICA_SET_WITH_PRIMARY, ServerType.RS_SECONDARY, SECONDARY));
    }
}
