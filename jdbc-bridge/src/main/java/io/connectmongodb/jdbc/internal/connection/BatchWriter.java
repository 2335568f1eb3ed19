package io.connectmongodb.jdbc.internal.connection;

import io.connectmongodb.jdbc.internal.sql.DeletePlan;
import io.connectmongodb.jdbc.internal.sql.InsertPlan;
import io.connectmongodb.jdbc.internal.sql.Plan;
import io.connectmongodb.jdbc.internal.sql.UpdatePlan;
import org.bson.BsonArray;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonString;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Executes a JDBC batch as bulk writes. Consecutive INSERTs into one collection become one {@code insertMany};
 * consecutive UPDATEs (or DELETEs) of one collection become ordered {@code update} (or {@code delete}) commands of at
 * most {@value #STATEMENTS_PER_COMMAND} statements. Update counts are exact for inserts and for single statements; a
 * grouped update/delete reports {@link Statement#SUCCESS_NO_INFO} per statement, as the server only returns a total.
 * The first failure stops the batch with a {@link BatchUpdateException} holding the counts of what ran before it.
 */
final class BatchWriter {

    static final int STATEMENTS_PER_COMMAND = 1000;

    private final ConnectionContext connection;
    private final PlanExecutor executor;

    BatchWriter(ConnectionContext connection) {
        this.connection = connection;
        this.executor = new PlanExecutor(connection);
    }

    long[] execute(List<Plan> plans) throws SQLException {
        long[] counts = new long[plans.size()];
        int done = 0;
        try {
            while (done < plans.size()) {
                int end = groupEnd(plans, done);
                writeGroup(plans.subList(done, end), counts, done);
                done = end;
            }
        } catch (BatchUpdateException e) {
            throw e;
        } catch (SQLException e) {
            throw new BatchUpdateException(e.getMessage(), e.getSQLState(), e.getErrorCode(),
                    Arrays.copyOf(counts, done), e);
        }
        return counts;
    }

    private static int groupEnd(List<Plan> plans, int start) {
        Plan first = plans.get(start);
        int end = start + 1;
        while (end < plans.size() && end - start < STATEMENTS_PER_COMMAND && sameGroup(first, plans.get(end))) {
            end++;
        }
        return end;
    }

    private static boolean sameGroup(Plan a, Plan b) {
        return a.getClass() == b.getClass() && collection(a).equals(collection(b));
    }

    private static String collection(Plan plan) {
        if (plan instanceof InsertPlan insert) {
            return insert.collection();
        }
        if (plan instanceof UpdatePlan update) {
            return update.collection();
        }
        return ((DeletePlan) plan).collection();
    }

    private void writeGroup(List<Plan> group, long[] counts, int offset) throws SQLException {
        if (group.size() == 1) {
            counts[offset] = executor.write(group.get(0));
            return;
        }
        if (group.get(0) instanceof InsertPlan) {
            List<BsonDocument> documents = new ArrayList<>();
            group.forEach(p -> documents.addAll(((InsertPlan) p).documents()));
            executor.write(new InsertPlan(collection(group.get(0)), documents));
            for (int i = 0; i < group.size(); i++) {
                counts[offset + i] = ((InsertPlan) group.get(i)).documents().size();
            }
            return;
        }
        if (connection.isReadOnly()) {
            throw PlanExecutor.readOnlyRefusal("a batch of writes");
        }
        boolean updates = group.get(0) instanceof UpdatePlan;
        BsonArray statements = new BsonArray();
        group.forEach(p -> statements.add(updates ? ((UpdatePlan) p).statement() : ((DeletePlan) p).statement()));
        String collection = collection(group.get(0));
        BsonDocument command = new BsonDocument(updates ? "update" : "delete", new BsonString(collection))
                .append(updates ? "updates" : "deletes", statements)
                .append("ordered", BsonBoolean.TRUE);
        DatabaseCalls database = connection.statementCalls();
        BsonDocument reply;
        try {
            reply = database.runCommand(command);
        } catch (RuntimeException e) {
            throw SqlExceptions.translate(e, connection.secret());
        }
        connection.schemas().invalidate(database.databaseName(), collection);
        if (reply.isArray("writeErrors") && !reply.getArray("writeErrors").isEmpty()) {
            BsonDocument error = reply.getArray("writeErrors").get(0).asDocument();
            int failedAt = error.getNumber("index").intValue();
            for (int i = 0; i < failedAt; i++) {
                counts[offset + i] = Statement.SUCCESS_NO_INFO;
            }
            int code = error.getNumber("code").intValue();
            throw new BatchUpdateException(SqlExceptions.mask(error.getString("errmsg", new BsonString("write error")).getValue(),
                    connection.secret()), code == 11000 ? "23000" : "HY000", code, Arrays.copyOf(counts, offset + failedAt), null);
        }
        for (int i = 0; i < group.size(); i++) {
            counts[offset + i] = Statement.SUCCESS_NO_INFO;
        }
    }
}
