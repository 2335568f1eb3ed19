package io.connectmongodb.jdbc.internal.sql;

import java.sql.SQLFeatureNotSupportedException;

/** Builds the {@link SQLFeatureNotSupportedException} (SQLState 0A000) thrown for SQL the bridge cannot translate. */
public final class Unsupported {

    private Unsupported() {
    }

    /**
     * @param construct what the SQL contained, e.g. "RIGHT JOIN"
     * @param where     the statement text or fragment it came from, for the message
     */
    public static SQLFeatureNotSupportedException construct(String construct, Object where) {
        return new SQLFeatureNotSupportedException(
                "Unsupported SQL: " + construct + " is not supported by the MongoDB JDBC bridge (in: " + where + ")", "0A000");
    }
}
