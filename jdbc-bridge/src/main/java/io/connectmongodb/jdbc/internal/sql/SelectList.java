package io.connectmongodb.jdbc.internal.sql;

import io.connectmongodb.jdbc.internal.schema.SchemaField;
import net.sf.jsqlparser.expression.ArrayExpression;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.AllTableColumns;
import net.sf.jsqlparser.statement.select.SelectItem;
import org.bson.BsonType;

import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Expands the SELECT list: {@code *} and {@code t.*} become the inferred columns of the tables in scope (joined tables'
 * columns under their alias), field references are resolved to paths, and every item gets a label (its alias, the
 * field path as written without the table qualifier, or the expression text) and, when known, a type.
 */
final class SelectList {

    private SelectList() {
    }

    static List<SelectColumn> expand(List<SelectItem<?>> items, QueryScope scope) throws SQLException {
        List<SelectColumn> columns = new ArrayList<>();
        for (SelectItem<?> item : items) {
            Expression expression = item.getExpression();
            if (expression instanceof AllTableColumns tableColumns) {
                String qualifier = TableNames.unquote(tableColumns.getTable().getName());
                QueryScope.Source source = scope.sourceNamed(qualifier)
                        .orElseThrow(() -> new SQLSyntaxErrorException("Unknown table in " + tableColumns + ": " + qualifier, "42S02"));
                addAll(columns, source);
            } else if (expression instanceof AllColumns) {
                for (QueryScope.Source source : scope.sources()) {
                    addAll(columns, source);
                }
            } else {
                columns.add(column(expression, item.getAlias() == null ? null : TableNames.unquote(item.getAlias().getName()), scope));
            }
        }
        return columns;
    }

    private static void addAll(List<SelectColumn> columns, QueryScope.Source source) {
        for (SchemaField field : source.schema().fields()) {
            FieldRef ref = source.prefix().isEmpty() ? FieldRef.of(field.path()) : FieldRef.of(field.path()).prefixedWith(source.prefix());
            columns.add(new SelectColumn(null, ref, field.path(), field.type()));
        }
    }

    private static SelectColumn column(Expression expression, String alias, QueryScope scope) throws SQLException {
        if (expression instanceof Column || expression instanceof ArrayExpression) {
            if (!(Literals.constant(expression, scope.parameters()).isPresent())) {
                FieldRef ref = scope.resolve(expression);
                String label = alias != null ? alias : labelOf(ref, scope);
                return new SelectColumn(expression, ref, label, typeOf(ref, scope));
            }
        }
        String label = alias != null ? alias : expression.toString();
        return new SelectColumn(expression, null, label, typeOf(expression));
    }

    private static String labelOf(FieldRef ref, QueryScope scope) {
        String path = ref.queryPath();
        for (QueryScope.Source source : scope.sources()) {
            if (!source.prefix().isEmpty() && path.startsWith(source.prefix() + ".")) {
                return path.substring(source.prefix().length() + 1);
            }
        }
        return path;
    }

    private static BsonType typeOf(FieldRef ref, QueryScope scope) {
        if (ref.hasIndex()) {
            return null;
        }
        String path = ref.queryPath();
        for (QueryScope.Source source : scope.sources()) {
            String inTable = source.prefix().isEmpty() ? path
                    : path.startsWith(source.prefix() + ".") ? path.substring(source.prefix().length() + 1) : null;
            if (inTable != null) {
                var field = source.schema().field(inTable);
                if (field.isPresent()) {
                    return field.get().type();
                }
            }
        }
        return null;
    }

    /** Types that follow from the expression itself: CASTs and counts. */
    static BsonType typeOf(Expression expression) throws SQLException {
        if (expression instanceof CastExpression cast) {
            return CastTypes.resultType(cast);
        }
        if (expression instanceof Function function && function.getName().toUpperCase(Locale.ROOT).equals("COUNT")) {
            return BsonType.INT64;
        }
        return null;
    }
}
