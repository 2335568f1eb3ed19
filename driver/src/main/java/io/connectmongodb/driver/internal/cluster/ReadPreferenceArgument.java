package io.connectmongodb.driver.internal.cluster;

import io.connectmongodb.driver.ReadPreference;
import io.connectmongodb.driver.cluster.ServerType;
import io.connectmongodb.driver.cluster.TopologyType;
import io.connectmongodb.driver.internal.binding.OperationIntent;
import org.bson.BsonDocument;

/**
 * The {@code $readPreference} an OP_MSG command carries, by the server selection spec:
 * <ul>
 *   <li>writes never carry one;</li>
 *   <li>to a mongos or a load balancer, a read carries the read preference unless it is primary;</li>
 *   <li>in a Single topology a standalone gets none, and any other server type gets the read
 *       preference, with primary turned into primaryPreferred so that a directly connected
 *       secondary serves the read (the OP_MSG form of the secondaryOk bit);</li>
 *   <li>in a replica set, a read carries the read preference unless it is primary.</li>
 * </ul>
 */
final class ReadPreferenceArgument {
    private ReadPreferenceArgument() {
    }

    /** The value of {@code $readPreference}, or {@code null} when the command must not carry one. */
    static BsonDocument of(TopologyType topologyType, ServerType serverType, OperationIntent intent) {
        if (intent.write()) {
            return null;
        }
        ReadPreference readPreference = intent.readPreference();
        boolean primary = readPreference.mode() == ReadPreference.Mode.PRIMARY;
        if (serverType == ServerType.MONGOS || topologyType == TopologyType.LOAD_BALANCED) {
            return primary ? null : readPreference.toDocument();
        }
        if (topologyType == TopologyType.SINGLE) {
            if (serverType == ServerType.STANDALONE) {
                return null;
            }
            return primary ? ReadPreference.primaryPreferred().toDocument() : readPreference.toDocument();
        }
        return primary ? null : readPreference.toDocument();
    }
}
