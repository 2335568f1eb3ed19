package io.connectmongodb.jdbc.internal.sql;

import net.sf.jsqlparser.expression.ArrayExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.schema.Column;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonNull;
import org.bson.BsonString;
import org.bson.BsonValue;

import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.connectmongodb.jdbc.internal.sql.AggregateExpressions.isNotNull;
import static io.connectmongodb.jdbc.internal.sql.AggregateExpressions.operator;

/**
 * GROUP BY and aggregate functions as one {@code $group} stage: the group keys become {@code _id.g0, _id.g1, ...} and
 * every distinct aggregate call of the SELECT list, HAVING and ORDER BY becomes an accumulator {@code a0, a1, ...}
 * (COUNT(*) and COUNT(x) as conditional {@code $sum}, COUNT(DISTINCT x) as {@code $addToSet} then the size of its
 * non-null members). Expressions after the group are built with a substitution that maps group keys and aggregate
 * calls to those fields and rejects any other column, as SQL does.
 */
final class GroupingStages {

    private final QueryScope scope;
    private final ExpressionBuilder sourceExpressions;
    private final List<Expression> groupKeys;
    private final List<String> groupKeyPaths = new ArrayList<>();
    private final BsonDocument accumulators = new BsonDocument();
    private final Map<String, BsonValue> aggregateResults = new LinkedHashMap<>();

    GroupingStages(QueryScope scope, List<Expression> groupKeys, List<Expression> expressionsUsingAggregates)
            throws SQLException {
        this.scope = scope;
        this.sourceExpressions = new ExpressionBuilder(scope, e -> null);
        this.groupKeys = List.copyOf(groupKeys);
        for (Expression key : groupKeys) {
            groupKeyPaths.add(isField(key) ? scope.resolve(key).queryPath() : null);
        }
        List<Function> calls = new ArrayList<>();
        for (Expression expression : expressionsUsingAggregates) {
            ExpressionWalker.walk(expression, e -> {
                if (e instanceof Function function && AggregateFunctions.isAggregate(function)) {
                    calls.add(function);
                }
            });
        }
        for (Function call : calls) {
            if (!aggregateResults.containsKey(call.toString())) {
                addAccumulator(call);
            }
        }
    }

    /** The {@code $group} stage and, with HAVING, the {@code $match} after it. */
    List<BsonDocument> stages(Expression having) throws SQLException {
        BsonValue id;
        if (groupKeys.isEmpty()) {
            id = BsonNull.VALUE;
        } else {
            BsonDocument keys = new BsonDocument();
            for (int i = 0; i < groupKeys.size(); i++) {
                keys.append("g" + i, sourceExpressions.build(groupKeys.get(i)));
            }
            id = keys;
        }
        List<BsonDocument> stages = new ArrayList<>();
        BsonDocument group = new BsonDocument("_id", id);
        group.putAll(accumulators);
        stages.add(new BsonDocument("$group", group));
        if (having != null) {
            stages.add(new BsonDocument("$match", new BsonDocument("$expr", afterGroup().build(having))));
        }
        return stages;
    }

    /** Builds expressions over the grouped documents. */
    ExpressionBuilder afterGroup() {
        return new ExpressionBuilder(scope, this::substitute);
    }

    /** True when the SELECT item is exactly a COUNT call, whose value over no rows is 0 rather than NULL. */
    static boolean isCount(Expression expression) {
        return expression instanceof Function function && function.getName().equalsIgnoreCase("COUNT");
    }

    private BsonValue substitute(Expression expression) throws SQLException {
        if (expression instanceof Function function && AggregateFunctions.isAggregate(function)) {
            return aggregateResults.get(function.toString());
        }
        if (isField(expression)) {
            String path = scope.resolve(expression).queryPath();
            int index = groupKeyPaths.indexOf(path);
            if (index < 0) {
                throw new SQLSyntaxErrorException("Column " + expression
                        + " must appear in the GROUP BY clause or be used in an aggregate function", "42000");
            }
            return new BsonString("$_id.g" + index);
        }
        for (int i = 0; i < groupKeys.size(); i++) {
            if (groupKeyPaths.get(i) == null && groupKeys.get(i).toString().equals(expression.toString())) {
                return new BsonString("$_id.g" + i);
            }
        }
        return null;
    }

    private boolean isField(Expression expression) throws SQLException {
        return (expression instanceof Column || expression instanceof ArrayExpression)
                && Literals.constant(expression, scope.parameters()).isEmpty();
    }

    private void addAccumulator(Function call) throws SQLException {
        String name = "a" + aggregateResults.size();
        String function = call.getName().toUpperCase(Locale.ROOT);
        List<Expression> arguments = new ArrayList<>();
        if (call.getParameters() != null) {
            call.getParameters().forEach(p -> arguments.add((Expression) p));
        }
        boolean countAll = function.equals("COUNT") && (call.isAllColumns() || arguments.isEmpty()
                || arguments.size() == 1 && arguments.get(0) instanceof net.sf.jsqlparser.statement.select.AllColumns);
        if (!countAll && arguments.size() != 1) {
            throw new SQLSyntaxErrorException("Aggregate " + function + " takes one argument: " + call, "42000");
        }
        if (call.isDistinct() && !function.equals("COUNT")) {
            throw Unsupported.construct(function + "(DISTINCT ...)", call);
        }
        BsonValue result = new BsonString("$" + name);
        if (countAll) {
            accumulators.append(name, new BsonDocument("$sum", new BsonInt32(1)));
        } else if (function.equals("COUNT") && call.isDistinct()) {
            accumulators.append(name, new BsonDocument("$addToSet", sourceExpressions.build(arguments.get(0))));
            result = new BsonDocument("$size", new BsonDocument("$filter", new BsonDocument("input", new BsonString("$" + name))
                    .append("cond", isNotNull(new BsonString("$$this")))));
        } else if (function.equals("COUNT")) {
            BsonValue argument = sourceExpressions.build(arguments.get(0));
            accumulators.append(name, new BsonDocument("$sum",
                    operator("$cond", isNotNull(argument), new BsonInt32(1), new BsonInt32(0))));
        } else {
            accumulators.append(name, new BsonDocument("$" + function.toLowerCase(Locale.ROOT), sourceExpressions.build(arguments.get(0))));
        }
        aggregateResults.put(call.toString(), result);
    }
}
