package io.connectmongodb.jdbc.internal.sql;

import net.sf.jsqlparser.expression.ArrayExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.OrderByElement;

import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves ORDER BY items against the SELECT list. An item may be a 1-based ordinal, a column alias, the same
 * expression as a SELECT item, or (before projection only) any field or expression of the source documents. MongoDB
 * sorts nulls first ascending and last descending; an explicit NULLS FIRST/LAST that differs is refused.
 */
final class OrderByResolver {

    private OrderByResolver() {
    }

    /** Keys over the source documents, for sorting before the projection. */
    static List<SortKey> beforeProjection(List<OrderByElement> orderBy, List<SelectColumn> columns, QueryScope scope)
            throws SQLException {
        ExpressionBuilder expressions = new ExpressionBuilder(scope, e -> null);
        List<SortKey> keys = new ArrayList<>();
        for (OrderByElement element : orderBy) {
            int direction = direction(element);
            SelectColumn column = selectItem(element.getExpression(), columns, scope);
            if (column != null && column.isPlainField() && !column.field().hasIndex()) {
                keys.add(new SortKey(column.field().queryPath(), null, direction));
            } else if (column != null) {
                keys.add(new SortKey(null, column.field() != null ? column.field().aggregateExpression()
                        : expressions.build(column.expression()), direction));
            } else if (isField(element.getExpression(), scope) && !scope.resolve(element.getExpression()).hasIndex()) {
                keys.add(new SortKey(scope.resolve(element.getExpression()).queryPath(), null, direction));
            } else {
                keys.add(new SortKey(null, expressions.build(element.getExpression()), direction));
            }
        }
        return keys;
    }

    /** Keys over the projected output, whose fields are {@code outputKeys} in SELECT order. */
    static List<SortKey> afterProjection(List<OrderByElement> orderBy, List<SelectColumn> columns, List<String> outputKeys,
                                         QueryScope scope) throws SQLException {
        List<SortKey> keys = new ArrayList<>();
        for (OrderByElement element : orderBy) {
            SelectColumn column = selectItem(element.getExpression(), columns, scope);
            if (column == null) {
                throw Unsupported.construct("ORDER BY " + element.getExpression()
                        + " that is not in the SELECT list of a grouped or DISTINCT query", element);
            }
            keys.add(new SortKey(outputKeys.get(columns.indexOf(column)), null, direction(element)));
        }
        return keys;
    }

    private static int direction(OrderByElement element) throws SQLException {
        OrderByElement.NullOrdering nulls = element.getNullOrdering();
        if (nulls == OrderByElement.NullOrdering.NULLS_LAST && element.isAsc()
                || nulls == OrderByElement.NullOrdering.NULLS_FIRST && !element.isAsc()) {
            throw Unsupported.construct(nulls + " with " + (element.isAsc() ? "ASC" : "DESC")
                    + " (MongoDB sorts nulls lowest)", element);
        }
        return element.isAsc() ? 1 : -1;
    }

    private static SelectColumn selectItem(Expression expression, List<SelectColumn> columns, QueryScope scope)
            throws SQLException {
        if (expression instanceof LongValue ordinal) {
            long index = ordinal.getValue();
            if (index < 1 || index > columns.size()) {
                throw new SQLSyntaxErrorException("ORDER BY position " + index + " is not in the SELECT list", "42000");
            }
            return columns.get((int) index - 1);
        }
        if (expression instanceof Column column && column.getTable() == null) {
            String name = TableNames.unquote(column.getColumnName());
            for (SelectColumn candidate : columns) {
                if (candidate.expression() != null && candidate.label().equalsIgnoreCase(name)) {
                    return candidate;
                }
            }
        }
        String text = expression.toString();
        String path = isField(expression, scope) ? scope.resolve(expression).queryPath() : null;
        for (SelectColumn candidate : columns) {
            if (path != null && candidate.isPlainField() && candidate.field().queryPath().equals(path)) {
                return candidate;
            }
            if (candidate.expression() != null && candidate.expression().toString().equals(text)) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean isField(Expression expression, QueryScope scope) throws SQLException {
        return (expression instanceof Column || expression instanceof ArrayExpression)
                && Literals.constant(expression, scope.parameters()).isEmpty();
    }
}
