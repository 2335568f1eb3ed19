package io.connectmongodb.jdbc.internal.sql;

import io.connectmongodb.jdbc.internal.schema.SchemaLookup;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.operators.arithmetic.Addition;
import net.sf.jsqlparser.expression.operators.arithmetic.Subtraction;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.update.UpdateSet;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.BsonValue;

import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plans INSERT, UPDATE and DELETE.
 *
 * <p>INSERT needs a column list; each VALUES row becomes one document, dotted column names building nested documents.
 * UPDATE assignments become {@code $set} (a constant), {@code $unset} (NULL) or {@code $inc} ({@code a = a ± constant});
 * when some value is computed from fields the whole update becomes an update pipeline of {@code $set}/{@code $unset}
 * stages. Both update every matching document ({@code multi: true}); DELETE removes every match.
 */
final class WritePlanner {

    private final SchemaLookup schemas;
    private final Parameters parameters;
    private final String database;

    WritePlanner(SchemaLookup schemas, Parameters parameters, String database) {
        this.schemas = schemas;
        this.parameters = parameters;
        this.database = database;
    }

    InsertPlan insert(Insert insert) throws SQLException {
        if (insert.getColumns() == null || insert.getColumns().isEmpty()) {
            throw Unsupported.construct("INSERT without a column list (collections have no fixed column order)", insert);
        }
        if (!(insert.getSelect() instanceof net.sf.jsqlparser.statement.select.Values values)) {
            throw Unsupported.construct("INSERT ... SELECT", insert);
        }
        if (insert.isUseDuplicate() || insert.getConflictAction() != null || insert.getReturningClause() != null
                || insert.isUseSet()) {
            throw Unsupported.construct("INSERT with ON DUPLICATE KEY / ON CONFLICT / RETURNING / SET", insert);
        }
        String collection = TableNames.collection(insert.getTable(), database);
        List<List<String>> paths = new ArrayList<>();
        for (Column column : insert.getColumns()) {
            paths.add(IdentifierParts.of(column));
        }
        List<BsonDocument> documents = new ArrayList<>();
        for (ExpressionList<?> row : rows(values.getExpressions())) {
            if (row.size() != paths.size()) {
                throw new SQLSyntaxErrorException("INSERT row has " + row.size() + " values for " + paths.size()
                        + " columns: " + row, "21S01");
            }
            BsonDocument document = new BsonDocument();
            for (int i = 0; i < paths.size(); i++) {
                Expression value = (Expression) row.get(i);
                Optional<BsonValue> constant = Literals.constant(value, parameters);
                if (constant.isEmpty()) {
                    throw Unsupported.construct("INSERT value that is not a constant or parameter: " + value, insert);
                }
                NestedDocuments.put(document, paths.get(i), constant.get());
            }
            documents.add(document);
        }
        return new InsertPlan(collection, documents);
    }

    private static List<ExpressionList<?>> rows(ExpressionList<?> values) {
        List<ExpressionList<?>> rows = new ArrayList<>();
        boolean multiRow = !values.isEmpty() && values.stream().allMatch(v -> v instanceof ExpressionList<?>);
        if (multiRow) {
            values.forEach(v -> rows.add((ExpressionList<?>) v));
        } else {
            rows.add(values);
        }
        return rows;
    }

    UpdatePlan update(Update update) throws SQLException {
        if (update.getJoins() != null && !update.getJoins().isEmpty() || update.getFromItem() != null
                || update.getStartJoins() != null && !update.getStartJoins().isEmpty()) {
            throw Unsupported.construct("UPDATE with FROM or JOIN", update);
        }
        if (update.getLimit() != null || update.getOrderByElements() != null || update.getReturningClause() != null) {
            throw Unsupported.construct("UPDATE with ORDER BY, LIMIT or RETURNING", update);
        }
        QueryScope scope = new QueryScope(schemas, parameters, database);
        String collection = TableNames.collection(update.getTable(), database);
        scope.addSource(collection, TableNames.alias(update.getTable()), false);
        BsonDocument filter = new FilterBuilder(scope, false).build(update.getWhere());

        BsonDocument set = new BsonDocument();
        BsonDocument unset = new BsonDocument();
        BsonDocument increment = new BsonDocument();
        BsonDocument pipelineSet = new BsonDocument();
        BsonArray pipelineUnset = new BsonArray();
        boolean computed = false;
        ExpressionBuilder expressions = new ExpressionBuilder(scope, e -> null);
        for (UpdateSet assignment : update.getUpdateSets()) {
            if (assignment.getColumns().size() != assignment.getValues().size()) {
                throw Unsupported.construct("UPDATE SET (a, b) = (subquery)", assignment);
            }
            for (int i = 0; i < assignment.getColumns().size(); i++) {
                String path = scope.resolve(assignment.getColumns().get(i)).queryPath();
                Expression value = (Expression) assignment.getValues().get(i);
                Optional<BsonValue> constant = Literals.constant(value, parameters);
                Optional<BsonValue> delta = increment(path, value, scope);
                if (constant.isPresent() && constant.get().isNull()) {
                    unset.append(path, new BsonString(""));
                    pipelineUnset.add(new BsonString(path));
                } else if (constant.isPresent()) {
                    set.append(path, constant.get());
                    pipelineSet.append(path, new BsonDocument("$literal", constant.get()));
                } else if (delta.isPresent()) {
                    increment.append(path, delta.get());
                    pipelineSet.append(path, expressions.build(value));
                } else {
                    computed = true;
                    pipelineSet.append(path, expressions.build(value));
                }
            }
        }
        if (computed) {
            BsonArray pipeline = new BsonArray();
            if (!pipelineSet.isEmpty()) {
                pipeline.add(new BsonDocument("$set", pipelineSet));
            }
            if (!pipelineUnset.isEmpty()) {
                pipeline.add(new BsonDocument("$unset", pipelineUnset));
            }
            return new UpdatePlan(collection, filter, pipeline);
        }
        BsonDocument modifications = new BsonDocument();
        if (!set.isEmpty()) {
            modifications.append("$set", set);
        }
        if (!unset.isEmpty()) {
            modifications.append("$unset", unset);
        }
        if (!increment.isEmpty()) {
            modifications.append("$inc", increment);
        }
        return new UpdatePlan(collection, filter, modifications);
    }

    /** For {@code a = a + n} / {@code a = a - n} / {@code a = n + a}: the signed amount {@code n}. */
    private Optional<BsonValue> increment(String path, Expression value, QueryScope scope) throws SQLException {
        value = Parentheses.strip(value);
        if (!(value instanceof Addition) && !(value instanceof Subtraction)) {
            return Optional.empty();
        }
        var binary = (net.sf.jsqlparser.expression.BinaryExpression) value;
        Expression field = binary.getLeftExpression();
        Expression amount = binary.getRightExpression();
        if (value instanceof Addition && !(field instanceof Column)) {
            field = binary.getRightExpression();
            amount = binary.getLeftExpression();
        }
        if (!(field instanceof Column) || !scope.resolve(field).queryPath().equals(path)) {
            return Optional.empty();
        }
        Optional<BsonValue> constant = Literals.constant(amount, parameters);
        if (constant.isEmpty() || !constant.get().isNumber() && !constant.get().isDecimal128()) {
            return Optional.empty();
        }
        if (value instanceof Subtraction) {
            return Optional.of(Literals.constant(new net.sf.jsqlparser.expression.SignedExpression('-', amount), parameters).orElseThrow());
        }
        return constant;
    }

    DeletePlan delete(Delete delete) throws SQLException {
        if (delete.getJoins() != null && !delete.getJoins().isEmpty() || delete.getUsingList() != null && !delete.getUsingList().isEmpty()
                || delete.getTables() != null && !delete.getTables().isEmpty()) {
            throw Unsupported.construct("DELETE with JOIN or USING", delete);
        }
        if (delete.getLimit() != null || delete.getOrderByElements() != null || delete.getReturningClause() != null) {
            throw Unsupported.construct("DELETE with ORDER BY, LIMIT or RETURNING", delete);
        }
        QueryScope scope = new QueryScope(schemas, parameters, database);
        String collection = TableNames.collection(delete.getTable(), database);
        scope.addSource(collection, TableNames.alias(delete.getTable()), false);
        return new DeletePlan(collection, new FilterBuilder(scope, false).build(delete.getWhere()));
    }
}
