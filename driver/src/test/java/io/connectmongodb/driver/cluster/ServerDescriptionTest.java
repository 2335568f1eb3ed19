package io.connectmongodb.driver.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.error.MongoClientException;
import java.util.Set;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

class ServerDescriptionTest {
    private static final ServerAddress A = ServerAddress.of("a");

    @Test
    void equalityIgnoresClientMeasurementsButNotServerState() {
        ServerDescription base = ServerDescription.builder(A).type(ServerType.RS_SECONDARY).setName("rs")
                .hosts(Set.of(A)).roundTripTimeMillis(1.0).lastUpdateTimeMillis(1).build();
        assertEquals(base, base.toBuilder().roundTripTimeMillis(50.0).lastUpdateTimeMillis(99).lastWriteDateMillis(5L).build());
        assertNotEquals(base, base.toBuilder().setVersion(2).build());
        assertNotEquals(base, base.toBuilder().electionId(new ObjectId()).build());
        assertNotEquals(base, base.toBuilder().topologyVersion(new TopologyVersion(new ObjectId(), 1)).build());
    }

    @Test
    void errorsCompareByClassAndMessage() {
        ServerDescription one = ServerDescription.unknown(A, new MongoClientException("x"));
        assertEquals(one, ServerDescription.unknown(A, new MongoClientException("x")));
        assertNotEquals(one, ServerDescription.unknown(A, new MongoClientException("y")));
    }

    @Test
    void topologyVersionComparisonFollowsTheSpec() {
        ObjectId process = new ObjectId();
        TopologyVersion one = new TopologyVersion(process, 1);
        TopologyVersion two = new TopologyVersion(process, 2);
        assertEquals(true, TopologyVersion.isAtLeastAsRecent(two, one));
        assertEquals(false, TopologyVersion.isAtLeastAsRecent(one, two));
        assertEquals(true, TopologyVersion.isAtLeastAsRecent(new TopologyVersion(new ObjectId(), 0), two));
        assertEquals(true, TopologyVersion.isAtLeastAsRecent(null, two));
    }

    @Test
    void negativeRoundTripTimeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> ServerDescription.builder(A).roundTripTimeMillis(-1.0));
    }
}
