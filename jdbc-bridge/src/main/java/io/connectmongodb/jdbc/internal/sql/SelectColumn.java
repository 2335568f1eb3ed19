package io.connectmongodb.jdbc.internal.sql;

import net.sf.jsqlparser.expression.Expression;
import org.bson.BsonType;

/**
 * One item of the SELECT list after {@code *} expansion.
 *
 * @param expression the SQL expression, or {@code null} for a column produced by {@code *}
 * @param field      the document path when the item is a plain field reference, else {@code null}
 * @param label      the JDBC column label
 * @param typeHint   the known result type, or {@code null}
 */
record SelectColumn(Expression expression, FieldRef field, String label, BsonType typeHint) {

    boolean isPlainField() {
        return field != null;
    }
}
