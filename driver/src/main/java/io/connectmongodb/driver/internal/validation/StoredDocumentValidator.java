package io.connectmongodb.driver.internal.validation;

import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * Checks documents that will be stored as they are (inserted documents and replacements): no
 * top-level key may start with {@code $} (the server would take it for an operator), and no key at
 * any depth may contain NUL (BSON names are C strings). Arrays are walked too, as they may hold
 * documents.
 */
public final class StoredDocumentValidator {
    private StoredDocumentValidator() {
    }

    /**
     * @param what how the document is named in messages, such as {@code "document at index 3"}
     */
    public static void validate(String what, BsonDocument document) {
        for (String key : document.keySet()) {
            if (key.startsWith("$")) {
                throw new IllegalArgumentException(what + " has the top-level field name '" + key
                        + "'; stored documents must not have field names starting with '$'");
            }
        }
        checkNoNulInKeys(what, document, "");
    }

    private static void checkNoNulInKeys(String what, BsonDocument document, String path) {
        for (var entry : document.entrySet()) {
            String key = entry.getKey();
            if (key.indexOf('\0') >= 0) {
                throw new IllegalArgumentException(what + " has a field name containing a NUL character at '"
                        + path + key.replace("\0", "\\0") + "'");
            }
            checkValue(what, entry.getValue(), path + key + ".");
        }
    }

    private static void checkValue(String what, BsonValue value, String path) {
        if (value.isDocument()) {
            checkNoNulInKeys(what, value.asDocument(), path);
        } else if (value.isArray()) {
            BsonArray array = value.asArray();
            for (int i = 0; i < array.size(); i++) {
                checkValue(what, array.get(i), path + i + ".");
            }
        }
    }
}
