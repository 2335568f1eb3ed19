package io.connectmongodb.jdbc.internal.resultset;

import org.bson.BsonDocument;
import org.bson.BsonValue;

import java.util.List;

/** Reads the value at a path of a document; array elements are addressed by numeric path elements. */
final class DocumentPaths {

    private DocumentPaths() {
    }

    /** The value, or {@code null} when some element of the path is missing. */
    static BsonValue read(BsonDocument document, List<String> path) {
        BsonValue current = document;
        for (String element : path) {
            if (current == null) {
                return null;
            }
            if (current.isDocument()) {
                current = current.asDocument().get(element);
            } else if (current.isArray() && isIndex(element)) {
                int index = Integer.parseInt(element);
                current = index < current.asArray().size() ? current.asArray().get(index) : null;
            } else {
                return null;
            }
        }
        return current;
    }

    private static boolean isIndex(String element) {
        if (element.isEmpty() || element.length() > 9) {
            return false;
        }
        for (int i = 0; i < element.length(); i++) {
            if (!Character.isDigit(element.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
