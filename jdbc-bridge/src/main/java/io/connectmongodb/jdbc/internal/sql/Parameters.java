package io.connectmongodb.jdbc.internal.sql;

import org.bson.BsonValue;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The values bound to the {@code ?} markers of a statement, already converted to BSON. The planner puts these values
 * into the plan's documents as values; they are never turned back into query text, so a string parameter can only
 * ever be compared as a string.
 */
public final class Parameters {

    public static final Parameters NONE = new Parameters(List.of());

    private final List<BsonValue> values;

    /** @param values index 0 holds parameter 1; a {@code null} element is a parameter that was never set */
    public Parameters(List<BsonValue> values) {
        this.values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    /**
     * @param index the 1-based parameter index, as JSqlParser numbers the markers in text order
     * @throws SQLException with SQLState 07001 when the parameter has not been set
     */
    public BsonValue get(int index) throws SQLException {
        if (index < 1 || index > values.size() || values.get(index - 1) == null) {
            throw new SQLException("No value specified for parameter " + index, "07001");
        }
        return values.get(index - 1);
    }

    public int size() {
        return values.size();
    }
}
