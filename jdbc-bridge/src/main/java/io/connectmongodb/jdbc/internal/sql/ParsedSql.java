package io.connectmongodb.jdbc.internal.sql;

import net.sf.jsqlparser.statement.Statement;

/**
 * A statement parsed once (by a PreparedStatement) and planned on each execution with the bound parameters.
 *
 * @param statement      the JSqlParser tree, or {@code null} for a native MongoDB statement
 * @param parameterCount the number of {@code ?} markers
 */
public record ParsedSql(String text, Statement statement, int parameterCount) {

    public boolean isNative() {
        return statement == null;
    }

    /** True for INSERT/UPDATE/DELETE, which return an update count rather than rows. */
    public boolean isWrite() {
        return statement instanceof net.sf.jsqlparser.statement.insert.Insert
                || statement instanceof net.sf.jsqlparser.statement.update.Update
                || statement instanceof net.sf.jsqlparser.statement.delete.Delete;
    }
}
