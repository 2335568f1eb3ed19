package io.connectmongodb.driver.cluster;

import java.util.Objects;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonObjectId;
import org.bson.BsonValue;
import org.bson.types.ObjectId;

/**
 * The {@code topologyVersion} a 4.4+ server reports in hello replies and state change errors: a
 * process id and a counter that grows with each state change of that process.
 */
public record TopologyVersion(ObjectId processId, long counter) {

    public TopologyVersion {
        Objects.requireNonNull(processId, "processId");
    }

    /**
     * Whether a response carrying {@code candidate} is at least as recent as one carrying
     * {@code current}. Per the SDAM spec: a missing version on either side, or a different process,
     * counts as more recent; otherwise the counters decide.
     */
    public static boolean isAtLeastAsRecent(TopologyVersion candidate, TopologyVersion current) {
        if (candidate == null || current == null || !candidate.processId.equals(current.processId)) {
            return true;
        }
        return candidate.counter >= current.counter;
    }

    /**
     * Reads {@code {processId: ObjectId, counter: long}}; {@code null} when absent or malformed.
     */
    public static TopologyVersion fromDocument(BsonValue value) {
        if (value == null || !value.isDocument()) {
            return null;
        }
        BsonDocument doc = value.asDocument();
        BsonValue processId = doc.get("processId");
        BsonValue counter = doc.get("counter");
        if (processId == null || !processId.isObjectId() || counter == null || !counter.isNumber()) {
            return null;
        }
        return new TopologyVersion(processId.asObjectId().getValue(), counter.asNumber().longValue());
    }

    public BsonDocument toDocument() {
        return new BsonDocument("processId", new BsonObjectId(processId)).append("counter", new BsonInt64(counter));
    }
}
