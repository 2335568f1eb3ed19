package io.connectmongodb.jdbc.internal.resultset;

import io.connectmongodb.jdbc.internal.types.JdbcType;
import org.bson.BsonType;

import java.util.List;

/**
 * A result set column: where to read it in each row and how to present it.
 *
 * @param type the BSON type the column is presented as, or {@code null} when unknown (presented as VARCHAR)
 */
public record ResultColumn(String label, List<String> path, BsonType type, String table, boolean nullable) {

    public ResultColumn {
        path = List.copyOf(path);
    }

    public JdbcType jdbcType() {
        return JdbcType.of(type);
    }

    ResultColumn withType(BsonType newType) {
        return new ResultColumn(label, path, newType, table, nullable);
    }
}
