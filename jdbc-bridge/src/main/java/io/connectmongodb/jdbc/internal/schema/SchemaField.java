package io.connectmongodb.jdbc.internal.schema;

import org.bson.BsonType;

import java.util.Objects;

/**
 * One column of an inferred collection schema.
 *
 * @param path     the dotted field path (nested documents are flattened: {@code address.city})
 * @param type     the BSON type the column is reported as, after widening conflicting types
 * @param nullable whether some sampled document lacks the field or holds null there
 */
public record SchemaField(String path, BsonType type, boolean nullable) {

    public SchemaField {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(type, "type");
    }
}
