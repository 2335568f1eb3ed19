package io.connectmongodb.jdbc.internal.schema;

import io.connectmongodb.jdbc.internal.types.TypeWidening;
import org.bson.BsonDocument;
import org.bson.BsonType;
import org.bson.BsonValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Infers columns from sample documents: nested documents are flattened into dotted columns ({@code address.city}),
 * arrays and empty documents stay one column, each column's type is the {@link TypeWidening widened} type of its
 * values, and a column is nullable when some document lacks it or holds null. {@code _id} comes first, the others in
 * first-seen order.
 */
public final class SchemaBuilder {

    private static final class Column {
        BsonType type;
        int present;
        boolean nullSeen;
    }

    private final Map<String, Column> columns = new LinkedHashMap<>();
    private int documents;

    public SchemaBuilder() {
        columns.put("_id", new Column());
    }

    public void add(BsonDocument document) {
        documents++;
        flatten("", document);
    }

    private void flatten(String prefix, BsonDocument document) {
        for (Map.Entry<String, BsonValue> entry : document.entrySet()) {
            String path = prefix + entry.getKey();
            BsonValue value = entry.getValue();
            if (value.isDocument() && !value.asDocument().isEmpty()) {
                flatten(path + ".", value.asDocument());
            } else {
                Column column = columns.computeIfAbsent(path, p -> new Column());
                column.present++;
                column.nullSeen |= value.isNull() || value.getBsonType() == BsonType.UNDEFINED;
                column.type = TypeWidening.widen(column.type, value.getBsonType());
            }
        }
    }

    public CollectionSchema build(String collection) {
        if (documents == 0) {
            return CollectionSchema.idOnly(collection);
        }
        List<SchemaField> fields = new ArrayList<>();
        columns.forEach((path, column) -> {
            if (path.equals("_id") && column.present == 0) {
                return;
            }
            BsonType type = column.type != null ? column.type : BsonType.STRING;
            boolean nullable = !path.equals("_id") && (column.present < documents || column.nullSeen);
            fields.add(new SchemaField(path, type, nullable));
        });
        return new CollectionSchema(collection, fields);
    }
}
