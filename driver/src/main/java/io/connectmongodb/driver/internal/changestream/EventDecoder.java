package io.connectmongodb.driver.internal.changestream;

import io.connectmongodb.driver.changestream.ChangeStreamEvent;
import io.connectmongodb.driver.changestream.UpdateDescription;
import io.connectmongodb.driver.internal.bson.BsonDecoding;
import io.connectmongodb.driver.model.MongoNamespace;
import java.util.ArrayList;
import java.util.List;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.codecs.Decoder;

/**
 * Turns a raw change event into a {@link ChangeStreamEvent}: the documents are decoded with the
 * stream's document class, everything else is read leniently (absent or unexpected fields become
 * {@code null}) so that events reshaped by the caller's pipeline still decode.
 */
final class EventDecoder<T> {
    private final Decoder<T> documentDecoder;

    EventDecoder(Decoder<T> documentDecoder) {
        this.documentDecoder = documentDecoder;
    }

    ChangeStreamEvent<T> decode(BsonDocument raw) {
        BsonValue operationType = raw.get("operationType");
        BsonValue clusterTime = raw.get("clusterTime");
        return new ChangeStreamEvent<>(
                documentOrNull(raw.get("_id")),
                operationType != null && operationType.isString() ? operationType.asString().getValue() : null,
                namespace(raw.get("ns")),
                namespace(raw.get("to")),
                documentOrNull(raw.get("documentKey")),
                decodeDocument(raw.get("fullDocument")),
                decodeDocument(raw.get("fullDocumentBeforeChange")),
                updateDescription(raw.get("updateDescription")),
                clusterTime != null && clusterTime.isTimestamp() ? clusterTime.asTimestamp() : null,
                raw);
    }

    private T decodeDocument(BsonValue value) {
        return value != null && value.isDocument() ? BsonDecoding.decode(value.asDocument(), documentDecoder) : null;
    }

    private static BsonDocument documentOrNull(BsonValue value) {
        return value != null && value.isDocument() ? value.asDocument() : null;
    }

    private static MongoNamespace namespace(BsonValue value) {
        if (value == null || !value.isDocument()) {
            return null;
        }
        BsonDocument ns = value.asDocument();
        if (!ns.isString("db") || !ns.isString("coll")) {
            return null;
        }
        return new MongoNamespace(ns.getString("db").getValue(), ns.getString("coll").getValue());
    }

    private static UpdateDescription updateDescription(BsonValue value) {
        if (value == null || !value.isDocument()) {
            return null;
        }
        BsonDocument description = value.asDocument();
        List<String> removed = new ArrayList<>();
        if (description.isArray("removedFields")) {
            description.getArray("removedFields").forEach(field -> removed.add(field.asString().getValue()));
        }
        List<BsonDocument> truncated = new ArrayList<>();
        if (description.isArray("truncatedArrays")) {
            description.getArray("truncatedArrays").forEach(entry -> truncated.add(entry.asDocument()));
        }
        return new UpdateDescription(description.isDocument("updatedFields") ? description.getDocument("updatedFields") : null,
                removed, truncated);
    }
}
