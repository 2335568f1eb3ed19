package io.connectmongodb.jdbc.internal.schema;

import java.util.List;
import java.util.Optional;

/** The columns inferred for one collection, {@code _id} first and then in first-seen order. */
public record CollectionSchema(String collection, List<SchemaField> fields) {

    public CollectionSchema {
        fields = List.copyOf(fields);
    }

    /** A schema that knows only the mandatory {@code _id} column (used for empty or unknown collections). */
    public static CollectionSchema idOnly(String collection) {
        return new CollectionSchema(collection, List.of(new SchemaField("_id", org.bson.BsonType.OBJECT_ID, false)));
    }

    public Optional<SchemaField> field(String path) {
        return fields.stream().filter(f -> f.path().equals(path)).findFirst();
    }

    /** True when {@code path} is a column or the parent document of some column. */
    public boolean hasPath(String path) {
        String prefix = path + ".";
        return fields.stream().anyMatch(f -> f.path().equals(path) || f.path().startsWith(prefix));
    }
}
