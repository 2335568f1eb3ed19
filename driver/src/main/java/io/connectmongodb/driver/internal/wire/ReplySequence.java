package io.connectmongodb.driver.internal.wire;

import java.util.List;
import org.bson.RawBsonDocument;

/** A kind-1 section of a received OP_MSG: its identifier and documents, viewing the received bytes. */
public record ReplySequence(String identifier, List<RawBsonDocument> documents) {
}
