package io.connectmongodb.jdbc.internal.sql;

import org.bson.BsonDocument;
import org.bson.BsonValue;

import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.util.List;

/** Puts a value at a path inside a document, creating the intermediate documents ({@code address.city}). */
final class NestedDocuments {

    private NestedDocuments() {
    }

    static void put(BsonDocument document, List<String> path, BsonValue value) throws SQLException {
        BsonDocument target = document;
        for (int i = 0; i < path.size() - 1; i++) {
            BsonValue child = target.get(path.get(i));
            if (child == null) {
                child = new BsonDocument();
                target.put(path.get(i), child);
            } else if (!child.isDocument()) {
                throw new SQLSyntaxErrorException("Column " + String.join(".", path) + " conflicts with column "
                        + String.join(".", path.subList(0, i + 1)), "42000");
            }
            target = child.asDocument();
        }
        String last = path.get(path.size() - 1);
        if (target.containsKey(last)) {
            throw new SQLSyntaxErrorException("Column " + String.join(".", path) + " is assigned twice", "42000");
        }
        target.put(last, value);
    }
}
