package io.connectmongodb.jdbc.internal.sql;

import org.bson.BsonType;

import java.util.List;
import java.util.Objects;

/**
 * One column of a query result.
 *
 * @param label    the JDBC column label (alias, or the field path as written)
 * @param path     where the value sits in each result document, one element per nesting level
 * @param typeHint the BSON type the column is known to have (from a CAST, an aggregate or the inferred schema), or
 *                 {@code null} when it is only known from the values
 */
public record OutputColumn(String label, List<String> path, BsonType typeHint) {

    public OutputColumn {
        Objects.requireNonNull(label, "label");
        path = List.copyOf(path);
        if (path.isEmpty()) {
            throw new IllegalArgumentException("column " + label + " has an empty path");
        }
    }

    /** A column read from a single top-level key of the result document. */
    public static OutputColumn ofKey(String label, String key, BsonType typeHint) {
        return new OutputColumn(label, List.of(key), typeHint);
    }

    /** The path joined with dots, as MongoDB writes it. */
    public String dottedPath() {
        return String.join(".", path);
    }
}
