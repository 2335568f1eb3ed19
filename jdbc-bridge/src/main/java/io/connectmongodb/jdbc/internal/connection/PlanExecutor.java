package io.connectmongodb.jdbc.internal.connection;

import io.connectmongodb.driver.AggregateIterable;
import io.connectmongodb.driver.FindIterable;
import io.connectmongodb.jdbc.internal.resultset.ListRowCursor;
import io.connectmongodb.jdbc.internal.resultset.MongoResultSet;
import io.connectmongodb.jdbc.internal.resultset.ResultColumn;
import io.connectmongodb.jdbc.internal.resultset.RowCursor;
import io.connectmongodb.jdbc.internal.sql.AggregatePlan;
import io.connectmongodb.jdbc.internal.sql.CommandPlan;
import io.connectmongodb.jdbc.internal.sql.DeletePlan;
import io.connectmongodb.jdbc.internal.sql.FindPlan;
import io.connectmongodb.jdbc.internal.sql.InsertPlan;
import io.connectmongodb.jdbc.internal.sql.OutputColumn;
import io.connectmongodb.jdbc.internal.sql.Plan;
import io.connectmongodb.jdbc.internal.sql.QueryPlan;
import io.connectmongodb.jdbc.internal.sql.UpdatePlan;
import io.connectmongodb.jdbc.internal.sql.ValuesPlan;
import org.bson.BsonDocument;
import org.bson.BsonValue;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs plans through the driver's public API: queries as {@code find}/{@code aggregate} cursors with the statement's
 * fetch size as batch size and its timeout as {@code maxTimeMS}; writes as {@code insertMany}/{@code updateMany}/
 * {@code deleteMany}, returning the matched/inserted/deleted count; native commands with {@code runCommand}. A
 * read-only connection refuses writes and every native command but the read-only ones listed here.
 */
final class PlanExecutor {

    private static final Set<String> READ_ONLY_COMMANDS = Set.of("find", "aggregate", "count", "distinct", "listcollections",
            "listindexes", "ping", "buildinfo", "hello", "ismaster", "dbstats", "collstats", "serverstatus", "listdatabases",
            "connectionstatus", "hostinfo", "getmore", "killcursors");

    private final ConnectionContext connection;

    PlanExecutor(ConnectionContext connection) {
        this.connection = connection;
    }

    MongoResultSet query(QueryPlan plan, Statement statement, int fetchSize, long maxRows, int timeoutMillis) throws SQLException {
        String table = table(plan);
        List<ResultColumn> columns = resultColumns(plan);
        RowCursor cursor;
        try {
            if (plan.emptyResult()) {
                cursor = new ListRowCursor(List.of());
            } else if (plan instanceof ValuesPlan values) {
                cursor = new ListRowCursor(List.of(values.row()));
            } else if (plan instanceof FindPlan find) {
                cursor = find(find, fetchSize, timeoutMillis);
            } else {
                AggregatePlan aggregate = (AggregatePlan) plan;
                AggregateIterable<BsonDocument> iterable = connection.statementCalls()
                        .aggregate(aggregate.collection(), aggregate.pipeline());
                if (fetchSize > 0) {
                    iterable.batchSize(fetchSize);
                }
                if (timeoutMillis > 0) {
                    iterable.maxTime(timeoutMillis, TimeUnit.MILLISECONDS);
                }
                cursor = new DriverRowCursor(iterable.iterator(), connection.secret());
                if (aggregate.rowWhenEmpty() != null) {
                    cursor = RowCursors.withRowWhenEmpty(cursor, aggregate.rowWhenEmpty());
                }
            }
        } catch (RuntimeException e) {
            throw SqlExceptions.translate(e, connection.secret());
        }
        MongoResultSet resultSet = new MongoResultSet(statement, RowCursors.limited(cursor, maxRows), columns, table, fetchSize);
        connection.closeAtTransactionEnd(resultSet);
        return resultSet;
    }

    private static String table(QueryPlan plan) {
        return plan instanceof FindPlan find ? find.collection() : plan instanceof AggregatePlan aggregate ? aggregate.collection() : "";
    }

    /** The result set columns of a query plan (types only where the plan knows them). */
    static List<ResultColumn> resultColumns(QueryPlan plan) {
        List<ResultColumn> columns = new ArrayList<>();
        for (OutputColumn column : plan.columns()) {
            columns.add(new ResultColumn(column.label(), column.path(), column.typeHint(), table(plan), !column.label().equals("_id")));
        }
        return columns;
    }

    private RowCursor find(FindPlan find, int fetchSize, int timeoutMillis) throws SQLException {
        FindIterable<BsonDocument> iterable = connection.statementCalls().find(find.collection(), find.filter());
        if (!find.projection().isEmpty()) {
            iterable.projection(find.projection());
        }
        if (!find.sort().isEmpty()) {
            iterable.sort(find.sort());
        }
        if (find.skip() > 0) {
            iterable.skip(find.skip());
        }
        if (find.limit() != null) {
            iterable.limit(find.limit());
        }
        if (fetchSize > 0) {
            iterable.batchSize(fetchSize);
        }
        if (timeoutMillis > 0) {
            iterable.maxTime(timeoutMillis, TimeUnit.MILLISECONDS);
        }
        return new DriverRowCursor(iterable.iterator(), connection.secret());
    }

    MongoResultSet command(CommandPlan plan, Statement statement, int fetchSize, long maxRows) throws SQLException {
        String name = plan.command().isEmpty() ? "" : plan.command().getFirstKey().toLowerCase(java.util.Locale.ROOT);
        if (connection.isReadOnly() && !READ_ONLY_COMMANDS.contains(name)) {
            throw readOnlyRefusal("the command " + plan.command().getFirstKey());
        }
        DatabaseCalls database = connection.statementCalls();
        BsonDocument reply;
        try {
            reply = database.runCommand(plan.command());
        } catch (RuntimeException e) {
            throw SqlExceptions.translate(e, connection.secret());
        }
        RowCursor cursor = new CommandRowCursor(database, reply, fetchSize, connection.secret());
        MongoResultSet resultSet = new MongoResultSet(statement, RowCursors.limited(cursor, maxRows), List.of(), "", fetchSize);
        connection.closeAtTransactionEnd(resultSet);
        return resultSet;
    }

    long write(Plan plan) throws SQLException {
        if (connection.isReadOnly()) {
            throw readOnlyRefusal(plan.getClass().getSimpleName().replace("Plan", "").toUpperCase());
        }
        DatabaseCalls database = connection.statementCalls();
        try {
            if (plan instanceof InsertPlan insert) {
                database.insertMany(insert.collection(), insert.documents());
                connection.schemas().invalidate(database.databaseName(), insert.collection());
                return insert.documents().size();
            }
            if (plan instanceof UpdatePlan update) {
                long matched;
                if (update.isPipeline()) {
                    List<BsonDocument> stages = new ArrayList<>();
                    for (BsonValue stage : update.update().asArray()) {
                        stages.add(stage.asDocument());
                    }
                    matched = database.updateMany(update.collection(), update.filter(), stages);
                } else {
                    matched = database.updateMany(update.collection(), update.filter(), update.update().asDocument());
                }
                connection.schemas().invalidate(database.databaseName(), update.collection());
                return matched;
            }
            if (plan instanceof DeletePlan delete) {
                return database.deleteMany(delete.collection(), delete.filter());
            }
        } catch (RuntimeException e) {
            throw SqlExceptions.translate(e, connection.secret());
        }
        throw new IllegalArgumentException("not a write plan: " + plan);
    }

    static SQLException readOnlyRefusal(String what) {
        return new SQLException("The connection is read-only: " + what + " is refused", "25006");
    }
}
