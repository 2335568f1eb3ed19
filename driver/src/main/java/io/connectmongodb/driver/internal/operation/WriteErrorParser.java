package io.connectmongodb.driver.internal.operation;

import java.util.List;
import org.bson.BsonArray;
import io.connectmongodb.driver.error.WriteConcernError;
import io.connectmongodb.driver.error.WriteError;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/** Reads {@code writeErrors} entries and {@code writeConcernError} documents of write replies. */
public final class WriteErrorParser {
    private WriteErrorParser() {
    }

    /**
     * One {@code writeErrors} entry; {@code indexOffset} converts the batch's index to the caller's.
     * {@code keyPattern} and {@code keyValue}, which the server sends for duplicate keys beside
     * {@code errInfo}, are folded into the details so they are not lost.
     */
    public static WriteError writeError(BsonDocument entry, int indexOffset) {
        int index = entry.getNumber("index").intValue() + indexOffset;
        int code = entry.containsKey("code") ? entry.getNumber("code").intValue() : -1;
        String message = entry.containsKey("errmsg") ? entry.getString("errmsg").getValue() : "";
        BsonDocument details = entry.containsKey("errInfo") && entry.get("errInfo").isDocument()
                ? entry.getDocument("errInfo").clone() : new BsonDocument();
        for (String field : new String[] {"keyPattern", "keyValue"}) {
            BsonValue value = entry.get(field);
            if (value != null && value.isDocument() && !details.containsKey(field)) {
                details.append(field, value);
            }
        }
        return new WriteError(index, code, message, details);
    }

    public static WriteConcernError writeConcernError(BsonDocument document) {
        int code = document.containsKey("code") ? document.getNumber("code").intValue() : -1;
        String codeName = document.containsKey("codeName") ? document.getString("codeName").getValue() : "";
        String message = document.containsKey("errmsg") ? document.getString("errmsg").getValue() : "";
        BsonDocument details = document.containsKey("errInfo") && document.get("errInfo").isDocument()
                ? document.getDocument("errInfo") : new BsonDocument();
        return new WriteConcernError(code, codeName, message, details);
    }

    /** The string labels of an {@code errorLabels} array; empty when it is absent. */
    public static List<String> labels(BsonArray errorLabels) {
        if (errorLabels == null) {
            return List.of();
        }
        List<String> labels = new java.util.ArrayList<>(errorLabels.size());
        for (BsonValue label : errorLabels) {
            if (label.isString()) {
                labels.add(label.asString().getValue());
            }
        }
        return labels;
    }
}
