package io.connectmongodb.driver.internal.operation;

import io.connectmongodb.driver.error.WriteError;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.json.JsonParseException;

/**
 * Finds the key pattern and key value of a duplicate key error. Servers since 4.2 send them as
 * {@code keyPattern}/{@code keyValue}; older servers (and some emulations) only write them into the
 * message: {@code E11000 duplicate key error collection: db.c index: a_1_b_-1 dup key: { a: 1, b: 2 }}.
 * The value is parsed from the {@code dup key:} part (relaxed JSON); the pattern is rebuilt from
 * the index name by peeling each key's {@code field_} prefix off in order and reading the
 * direction (a number, or a type such as {@code text}) up to the next field.
 */
final class DuplicateKeyDetails {
    private DuplicateKeyDetails() {
    }

    static BsonDocument keyValue(WriteError error) {
        BsonValue sent = error.details().get("keyValue");
        if (sent != null && sent.isDocument()) {
            return sent.asDocument();
        }
        return parseDupKey(error.message());
    }

    static BsonDocument keyPattern(WriteError error) {
        BsonValue sent = error.details().get("keyPattern");
        if (sent != null && sent.isDocument()) {
            return sent.asDocument();
        }
        BsonDocument value = keyValue(error);
        String indexName = indexName(error.message());
        return value == null || indexName == null ? null : patternFromIndexName(indexName, value);
    }

    static BsonDocument parseDupKey(String message) {
        int start = message.indexOf("dup key:");
        if (start < 0) {
            return null;
        }
        String rest = message.substring(start + "dup key:".length()).trim();
        int end = rest.lastIndexOf('}');
        if (!rest.startsWith("{") || end < 0) {
            return null;
        }
        try {
            return BsonDocument.parse(rest.substring(0, end + 1));
        } catch (JsonParseException | org.bson.BsonInvalidOperationException e) {
            return null;
        }
    }

    static String indexName(String message) {
        int start = message.indexOf("index: ");
        if (start < 0) {
            return null;
        }
        String rest = message.substring(start + "index: ".length());
        int end = rest.indexOf(' ');
        return end < 0 ? rest : rest.substring(0, end);
    }

    static BsonDocument patternFromIndexName(String indexName, BsonDocument keyValue) {
        BsonDocument pattern = new BsonDocument();
        String rest = indexName;
        String[] fields = keyValue.keySet().toArray(new String[0]);
        for (int i = 0; i < fields.length; i++) {
            String prefix = fields[i] + "_";
            if (!rest.startsWith(prefix)) {
                return null;
            }
            rest = rest.substring(prefix.length());
            int end = i + 1 < fields.length ? rest.indexOf("_" + fields[i + 1] + "_") : rest.length();
            if (end < 0) {
                return null;
            }
            String direction = rest.substring(0, end);
            pattern.append(fields[i], direction.matches("-?\\d+") ? new BsonInt32(Integer.parseInt(direction)) : new BsonString(direction));
            rest = end < rest.length() ? rest.substring(end + 1) : "";
        }
        return rest.isEmpty() ? pattern : null;
    }
}
