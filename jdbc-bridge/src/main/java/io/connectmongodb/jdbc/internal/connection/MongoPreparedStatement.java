package io.connectmongodb.jdbc.internal.connection;

import io.connectmongodb.jdbc.internal.resultset.ListRowCursor;
import io.connectmongodb.jdbc.internal.resultset.MongoResultSet;
import io.connectmongodb.jdbc.internal.sql.Parameters;
import io.connectmongodb.jdbc.internal.sql.ParsedSql;
import io.connectmongodb.jdbc.internal.sql.Plan;
import io.connectmongodb.jdbc.internal.sql.QueryPlan;
import io.connectmongodb.jdbc.internal.sql.SqlTranslator;
import org.bson.BsonValue;

import java.sql.ParameterMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A prepared statement: the SQL is parsed once, and each execution plans it with the bound BSON values, which go into
 * the plan's documents as values (never into SQL text). {@code executeBatch} plans every parameter set and runs them as
 * bulk writes.
 */
public final class MongoPreparedStatement extends ParameterSetters {

    private final ParsedSql parsed;
    private BsonValue[] values;
    private final List<BsonValue[]> batches = new ArrayList<>();

    MongoPreparedStatement(MongoConnection connection, String sql) throws SQLException {
        super(connection);
        this.parsed = SqlTranslator.parse(sql);
        this.values = new BsonValue[parsed.parameterCount()];
    }

    @Override
    void bind(int index, BsonValue value) throws SQLException {
        checkOpen();
        if (index < 1 || index > values.length) {
            throw new SQLException("Parameter index " + index + " is out of range 1.." + values.length, "07009");
        }
        values[index - 1] = value;
    }

    /** Refuses a parameter never set before planning, which may already read the server (schema sampling). */
    private Parameters parameters(BsonValue[] bound) throws SQLException {
        for (int i = 0; i < bound.length; i++) {
            if (bound[i] == null) {
                throw new SQLException("No value specified for parameter " + (i + 1), "07001");
            }
        }
        return new Parameters(Arrays.asList(bound));
    }

    @Override
    public ResultSet executeQuery() throws SQLException {
        if (parsed.isWrite()) {
            throw new SQLException("executeQuery cannot run INSERT, UPDATE or DELETE (nothing was changed)", "07000");
        }
        if (!run(parsed, parameters(values))) {
            throw new SQLException("The statement returned an update count, not a result set", "07000");
        }
        return getResultSet();
    }

    @Override
    public int executeUpdate() throws SQLException {
        return (int) Math.min(Integer.MAX_VALUE, executeLargeUpdate());
    }

    @Override
    public long executeLargeUpdate() throws SQLException {
        if (run(parsed, parameters(values))) {
            getResultSet().close();
            throw new SQLException("The statement returned a result set, not an update count", "07000");
        }
        return getLargeUpdateCount();
    }

    @Override
    public boolean execute() throws SQLException {
        return run(parsed, parameters(values));
    }

    @Override
    public void clearParameters() throws SQLException {
        checkOpen();
        values = new BsonValue[values.length];
    }

    @Override
    public void addBatch() throws SQLException {
        checkOpen();
        batches.add(values.clone());
    }

    @Override
    public void clearBatch() throws SQLException {
        checkOpen();
        batches.clear();
    }

    @Override
    public long[] executeLargeBatch() throws SQLException {
        checkOpen();
        List<Plan> plans = new ArrayList<>();
        try {
            for (BsonValue[] bound : batches) {
                plans.add(writePlan(connection.translator().plan(parsed, parameters(bound)), parsed.text()));
            }
        } finally {
            batches.clear();
        }
        return runBatch(plans);
    }

    /** The result columns, when the statement is a query whose parameters are all bound (else null, as JDBC allows). */
    @Override
    public ResultSetMetaData getMetaData() throws SQLException {
        checkOpen();
        if (parsed.isWrite() || parsed.isNative()) {
            return null;
        }
        BsonValue[] probe = values.clone();
        for (int i = 0; i < probe.length; i++) {
            if (probe[i] == null) {
                return null;
            }
        }
        Plan plan = connection.translator().plan(parsed, parameters(probe));
        if (!(plan instanceof QueryPlan query)) {
            return null;
        }
        try (var resultSet = new MongoResultSet(this, new ListRowCursor(List.of()), PlanExecutor.resultColumns(query), "", 0)) {
            return resultSet.getMetaData();
        }
    }

    @Override
    public void addBatch(String sql) throws SQLException {
        throw new SQLException("addBatch(String) cannot be used on a PreparedStatement; use addBatch()", "HY000");
    }

    @Override
    public ParameterMetaData getParameterMetaData() throws SQLException {
        checkOpen();
        return new MongoParameterMetaData(values.clone());
    }
}
