package io.connectmongodb.jdbc.internal.metadata;

import io.connectmongodb.jdbc.internal.resultset.ListRowCursor;
import io.connectmongodb.jdbc.internal.resultset.MongoResultSet;
import io.connectmongodb.jdbc.internal.resultset.ResultColumn;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonString;
import org.bson.BsonType;
import org.bson.BsonValue;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * A metadata result set under construction: the standard JDBC column names with their types, and rows of Java
 * values (String, Integer, Short, Long, Boolean or null). Columns whose name is given with a type suffix
 * ({@code DATA_TYPE:int}) are typed, the others VARCHAR.
 */
final class MetadataTable {

    private final List<ResultColumn> columns = new ArrayList<>();
    private final List<BsonDocument> rows = new ArrayList<>();

    MetadataTable(String... columnSpecs) {
        for (String spec : columnSpecs) {
            int colon = spec.indexOf(':');
            String name = colon < 0 ? spec : spec.substring(0, colon);
            BsonType type = colon < 0 ? BsonType.STRING : typeOf(spec.substring(colon + 1));
            columns.add(new ResultColumn(name, List.of(name), type, "", true));
        }
    }

    private static BsonType typeOf(String name) {
        switch (name) {
            case "int":
            case "short":
                return BsonType.INT32;
            case "long":
                return BsonType.INT64;
            case "boolean":
                return BsonType.BOOLEAN;
            default:
                throw new IllegalArgumentException("unknown metadata column type " + name);
        }
    }

    MetadataTable row(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException("row has " + values.length + " values for " + columns.size() + " columns");
        }
        BsonDocument row = new BsonDocument();
        for (int i = 0; i < values.length; i++) {
            row.append(columns.get(i).label(), bson(values[i]));
        }
        rows.add(row);
        return this;
    }

    private static BsonValue bson(Object value) {
        if (value == null) {
            return BsonNull.VALUE;
        }
        if (value instanceof String text) {
            return new BsonString(text);
        }
        if (value instanceof Integer || value instanceof Short) {
            return new BsonInt32(((Number) value).intValue());
        }
        if (value instanceof Long number) {
            return new BsonInt64(number);
        }
        if (value instanceof Boolean bool) {
            return BsonBoolean.valueOf(bool);
        }
        throw new IllegalArgumentException("unsupported metadata value " + value.getClass());
    }

    ResultSet toResultSet() {
        return new MongoResultSet(null, new ListRowCursor(rows), columns, "", 0);
    }
}
