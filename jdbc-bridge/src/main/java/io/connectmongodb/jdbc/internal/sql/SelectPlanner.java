package io.connectmongodb.jdbc.internal.sql;

import io.connectmongodb.jdbc.internal.schema.SchemaLookup;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.SelectItem;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonString;
import org.bson.BsonValue;

import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans a SELECT. A single-table query whose SELECT list and ORDER BY are plain fields becomes a {@code find}; anything
 * else becomes an aggregation pipeline in SQL's logical order: joins ({@code $lookup}/{@code $unwind}), subquery
 * lookups, WHERE ({@code $match}), GROUP BY and HAVING ({@code $group}, {@code $match}), then either sort/skip/limit
 * and the projection (plain queries, sorting on source fields), or the projection, DISTINCT ({@code $group} on the
 * whole row) and sort/skip/limit on the output columns (grouped or DISTINCT queries).
 */
final class SelectPlanner {

    private final SchemaLookup schemas;
    private final Parameters parameters;
    private final String database;

    SelectPlanner(SchemaLookup schemas, Parameters parameters, String database) {
        this.schemas = schemas;
        this.parameters = parameters;
        this.database = database;
    }

    QueryPlan plan(PlainSelect select) throws SQLException {
        SelectClauses.rejectUnsupported(select);
        if (select.getFromItem() == null) {
            return SelectClauses.values(select, parameters);
        }
        if (!(select.getFromItem() instanceof Table table)) {
            throw Unsupported.construct("FROM with a subquery or table function", select.getFromItem());
        }
        QueryScope scope = new QueryScope(schemas, parameters, database);
        scope.addSource(TableNames.collection(table, database), TableNames.alias(table), false);
        List<BsonDocument> joinStages = JoinStages.build(select.getJoins(), scope);
        List<SelectColumn> columns = SelectList.expand(select.getSelectItems(), scope);
        BsonDocument filter = new FilterBuilder(scope, true).build(select.getWhere());
        RowLimits limits = RowLimits.of(select, parameters);
        List<OrderByElement> orderBy = select.getOrderByElements() == null ? List.of() : select.getOrderByElements();
        List<Expression> groupBy = SelectClauses.groupBy(select);
        List<Expression> itemExpressions = new ArrayList<>();
        for (SelectItem<?> item : select.getSelectItems()) {
            itemExpressions.add(item.getExpression());
        }
        List<Expression> withHaving = new ArrayList<>(itemExpressions);
        if (select.getHaving() != null) {
            withHaving.add(select.getHaving());
        }
        boolean grouped = !groupBy.isEmpty() || ExpressionWalker.containsAggregate(withHaving);
        if (select.getHaving() != null && !grouped) {
            throw new SQLSyntaxErrorException("HAVING without GROUP BY or aggregate functions: " + select.getHaving(), "42000");
        }
        boolean distinct = select.getDistinct() != null;
        boolean plainColumns = columns.stream().allMatch(c -> c.isPlainField() && !c.field().hasIndex());
        if (joinStages.isEmpty() && scope.lookupStages().isEmpty() && !grouped && !distinct && plainColumns) {
            List<SortKey> sort = OrderByResolver.beforeProjection(orderBy, columns, scope);
            if (sort.stream().allMatch(k -> k.path() != null)) {
                return find(scope, filter, columns, sort, limits);
            }
        }
        List<BsonDocument> pipeline = new ArrayList<>(joinStages);
        pipeline.addAll(scope.lookupStages());
        if (!filter.isEmpty()) {
            pipeline.add(new BsonDocument("$match", filter));
        }
        ExpressionBuilder output = new ExpressionBuilder(scope, e -> null);
        if (grouped) {
            List<Expression> usingAggregates = new ArrayList<>(withHaving);
            orderBy.forEach(o -> usingAggregates.add(o.getExpression()));
            GroupingStages grouping = new GroupingStages(scope, groupBy, usingAggregates);
            pipeline.addAll(grouping.stages(select.getHaving()));
            output = grouping.afterGroup();
        }
        List<String> keys = OutputKeys.assign(columns);
        BsonDocument projection = projection(columns, keys, output, grouped);
        if (!grouped && !distinct) {
            appendSort(pipeline, OrderByResolver.beforeProjection(orderBy, columns, scope));
            appendWindow(pipeline, limits);
            pipeline.add(new BsonDocument("$project", projection));
        } else {
            pipeline.add(new BsonDocument("$project", projection));
            if (distinct) {
                pipeline.add(new BsonDocument("$group", new BsonDocument("_id", new BsonString("$$ROOT"))));
                pipeline.add(new BsonDocument("$replaceRoot", new BsonDocument("newRoot", new BsonString("$_id"))));
            }
            appendSort(pipeline, OrderByResolver.afterProjection(orderBy, columns, keys, scope));
            appendWindow(pipeline, limits);
        }
        List<OutputColumn> outputColumns = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            outputColumns.add(OutputColumn.ofKey(columns.get(i).label(), keys.get(i), columns.get(i).typeHint()));
        }
        BsonDocument rowWhenEmpty = grouped && groupBy.isEmpty() && select.getHaving() == null && !isZeroWindow(limits)
                ? rowWhenEmpty(columns, keys) : null;
        return new AggregatePlan(scope.main().collection(), pipeline, outputColumns, isZeroWindow(limits), rowWhenEmpty);
    }

    private static FindPlan find(QueryScope scope, BsonDocument filter, List<SelectColumn> columns, List<SortKey> sortKeys,
                                 RowLimits limits) {
        BsonDocument projection = new BsonDocument();
        List<String> paths = new ArrayList<>();
        columns.forEach(c -> paths.add(c.field().queryPath()));
        boolean idSelected = false;
        for (String path : paths) {
            idSelected |= path.equals("_id") || path.startsWith("_id.");
            boolean coveredByParent = paths.stream().anyMatch(p -> path.startsWith(p + "."));
            if (!coveredByParent && !projection.containsKey(path)) {
                projection.append(path, new BsonInt32(1));
            }
        }
        if (!idSelected) {
            projection.append("_id", new BsonInt32(0));
        }
        BsonDocument sort = new BsonDocument();
        sortKeys.forEach(k -> sort.append(k.path(), new BsonInt32(k.direction())));
        List<OutputColumn> outputColumns = new ArrayList<>();
        for (SelectColumn column : columns) {
            outputColumns.add(new OutputColumn(column.label(), column.field().pathStrings(), column.typeHint()));
        }
        return new FindPlan(scope.main().collection(), filter, projection, sort, limits.skip(), limits.limit(), outputColumns);
    }

    private static BsonDocument projection(List<SelectColumn> columns, List<String> keys, ExpressionBuilder output,
                                           boolean grouped) throws SQLException {
        BsonDocument projection = new BsonDocument();
        for (int i = 0; i < columns.size(); i++) {
            SelectColumn column = columns.get(i);
            BsonValue value;
            if (column.expression() == null && grouped) {
                throw new SQLSyntaxErrorException("SELECT * cannot be combined with GROUP BY or aggregate functions", "42000");
            } else if (column.isPlainField() && !grouped) {
                value = column.field().aggregateExpression();
            } else {
                value = output.build(column.expression());
            }
            boolean isExpression = value.isDocument() || (value.isString() && value.asString().getValue().startsWith("$"));
            projection.append(keys.get(i), isExpression ? value : new BsonDocument("$literal", value));
        }
        if (!keys.contains("_id")) {
            projection.append("_id", new BsonInt32(0));
        }
        return projection;
    }

    private static void appendSort(List<BsonDocument> pipeline, List<SortKey> keys) {
        if (keys.isEmpty()) {
            return;
        }
        BsonDocument computed = new BsonDocument();
        BsonDocument sort = new BsonDocument();
        for (int i = 0; i < keys.size(); i++) {
            SortKey key = keys.get(i);
            String path = key.path();
            if (path == null) {
                path = "__sort" + i;
                computed.append(path, key.computed());
            }
            sort.append(path, new BsonInt32(key.direction()));
        }
        if (!computed.isEmpty()) {
            pipeline.add(new BsonDocument("$addFields", computed));
        }
        pipeline.add(new BsonDocument("$sort", sort));
    }

    private static void appendWindow(List<BsonDocument> pipeline, RowLimits limits) {
        if (limits.skip() > 0) {
            pipeline.add(new BsonDocument("$skip", new BsonInt32(limits.skip())));
        }
        if (limits.limit() != null && limits.limit() > 0) {
            pipeline.add(new BsonDocument("$limit", new BsonInt32(limits.limit())));
        }
    }

    private static boolean isZeroWindow(RowLimits limits) {
        return limits.limit() != null && limits.limit() == 0;
    }

    private static BsonDocument rowWhenEmpty(List<SelectColumn> columns, List<String> keys) {
        BsonDocument row = new BsonDocument();
        for (int i = 0; i < columns.size(); i++) {
            row.append(keys.get(i), GroupingStages.isCount(columns.get(i).expression()) ? new BsonInt64(0) : BsonNull.VALUE);
        }
        return row;
    }
}
