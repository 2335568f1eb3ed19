package io.connectmongodb.jdbc.internal.sql;

import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.SelectItem;
import org.bson.BsonDocument;
import org.bson.BsonValue;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Checks on the clauses of a SELECT, its GROUP BY list, and the planning of a SELECT without FROM. */
final class SelectClauses {

    private SelectClauses() {
    }

    static void rejectUnsupported(PlainSelect select) throws SQLException {
        if (select.getIntoTables() != null && !select.getIntoTables().isEmpty()) {
            throw Unsupported.construct("SELECT ... INTO", select);
        }
        if (select.getOracleHierarchical() != null) {
            throw Unsupported.construct("CONNECT BY", select);
        }
        if (select.getWindowDefinitions() != null && !select.getWindowDefinitions().isEmpty()) {
            throw Unsupported.construct("WINDOW clause", select);
        }
        if (select.getQualify() != null) {
            throw Unsupported.construct("QUALIFY", select);
        }
        if (select.getDistinct() != null && select.getDistinct().getOnSelectItems() != null
                && !select.getDistinct().getOnSelectItems().isEmpty()) {
            throw Unsupported.construct("DISTINCT ON", select);
        }
        if (select.getLateralViews() != null && !select.getLateralViews().isEmpty()) {
            throw Unsupported.construct("LATERAL VIEW", select);
        }
        if (select.getForMode() != null) {
            throw Unsupported.construct("SELECT ... FOR " + select.getForMode(), select);
        }
        if (select.getGroupBy() != null && select.getGroupBy().getGroupingSets() != null
                && !select.getGroupBy().getGroupingSets().isEmpty()) {
            throw Unsupported.construct("GROUPING SETS", select);
        }
    }

    static List<Expression> groupBy(PlainSelect select) {
        List<Expression> keys = new ArrayList<>();
        if (select.getGroupBy() != null && select.getGroupBy().getGroupByExpressionList() != null) {
            for (Object key : select.getGroupBy().getGroupByExpressionList()) {
                keys.add((Expression) key);
            }
        }
        return keys;
    }

    /** {@code SELECT 1}, {@code SELECT 'x' AS a, ?}: one row of constants, computed here. */
    static ValuesPlan values(PlainSelect select, Parameters parameters) throws SQLException {
        if (select.getWhere() != null || select.getGroupBy() != null || select.getHaving() != null) {
            throw Unsupported.construct("WHERE/GROUP BY/HAVING without FROM", select);
        }
        BsonDocument row = new BsonDocument();
        List<OutputColumn> columns = new ArrayList<>();
        List<SelectItem<?>> items = select.getSelectItems();
        for (int i = 0; i < items.size(); i++) {
            SelectItem<?> item = items.get(i);
            Optional<BsonValue> value = Literals.constant(item.getExpression(), parameters);
            if (value.isEmpty()) {
                throw Unsupported.construct("SELECT without FROM of a non-constant expression", item);
            }
            String label = item.getAlias() != null ? TableNames.unquote(item.getAlias().getName()) : item.getExpression().toString();
            String key = "c" + (i + 1);
            row.append(key, value.get());
            columns.add(OutputColumn.ofKey(label, key, value.get().isNull() ? null : value.get().getBsonType()));
        }
        return new ValuesPlan(row, columns);
    }
}
