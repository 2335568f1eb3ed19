package io.connectmongodb.jdbc.internal.sql;

import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.BsonValue;

import java.util.ArrayList;
import java.util.List;

/**
 * A path into a document: field names and array indexes. The query language reads an index as a path element
 * ({@code tags.0}), the aggregation language does not, so the two renderings differ.
 */
record FieldRef(List<Object> segments) {

    FieldRef {
        segments = List.copyOf(segments);
        if (segments.isEmpty() || !(segments.get(0) instanceof String)) {
            throw new IllegalArgumentException("a field path must start with a field name: " + segments);
        }
    }

    static FieldRef of(String dottedPath) {
        return new FieldRef(new ArrayList<>(List.of(dottedPath.split("\\."))));
    }

    FieldRef prefixedWith(String prefix) {
        List<Object> all = new ArrayList<>(List.of(prefix.split("\\.")));
        all.addAll(segments);
        return new FieldRef(all);
    }

    /** The path in the query language and in projections/sorts: {@code tags.0.name}. */
    String queryPath() {
        StringBuilder path = new StringBuilder();
        for (Object segment : segments) {
            if (path.length() > 0) {
                path.append('.');
            }
            path.append(segment);
        }
        return path.toString();
    }

    boolean hasIndex() {
        return segments.stream().anyMatch(s -> s instanceof Integer);
    }

    /** The path's segments as strings, for locating the value in a result document. */
    List<String> pathStrings() {
        List<String> strings = new ArrayList<>();
        segments.forEach(s -> strings.add(s.toString()));
        return strings;
    }

    /**
     * The aggregation expression reading this path: {@code "$a.b"}, with {@code $arrayElemAt} for an index and a
     * {@code $let} to continue into the element's fields.
     */
    BsonValue aggregateExpression() {
        BsonValue expression = null;
        StringBuilder names = new StringBuilder();
        for (Object segment : segments) {
            if (segment instanceof Integer index) {
                BsonValue array = expression == null ? new BsonString("$" + names)
                        : names.length() == 0 ? expression : continueInto(expression, names);
                expression = new BsonDocument("$arrayElemAt", new BsonArray(List.of(array, new BsonInt32(index))));
                names.setLength(0);
            } else {
                if (names.length() > 0) {
                    names.append('.');
                }
                names.append(segment);
            }
        }
        if (expression == null) {
            return new BsonString("$" + names);
        }
        return names.length() == 0 ? expression : continueInto(expression, names);
    }

    private static BsonValue continueInto(BsonValue element, CharSequence names) {
        return new BsonDocument("$let", new BsonDocument("vars", new BsonDocument("element", element))
                .append("in", new BsonString("$$element." + names)));
    }
}
