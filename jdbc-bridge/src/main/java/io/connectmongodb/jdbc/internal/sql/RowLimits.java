package io.connectmongodb.jdbc.internal.sql;

import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.statement.select.Fetch;
import net.sf.jsqlparser.statement.select.PlainSelect;
import org.bson.BsonValue;

import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.util.Optional;

/**
 * The row window of a SELECT from LIMIT n, LIMIT offset, n, OFFSET n [ROWS], FETCH FIRST|NEXT n ROWS ONLY and TOP n.
 *
 * @param skip  rows to skip
 * @param limit the row count, or {@code null} for no limit
 */
record RowLimits(int skip, Integer limit) {

    static RowLimits of(PlainSelect select, Parameters parameters) throws SQLException {
        int skip = 0;
        Integer limit = null;
        if (select.getLimit() != null) {
            if (select.getLimit().getByExpressions() != null) {
                throw Unsupported.construct("LIMIT ... BY", select.getLimit());
            }
            if (select.getLimit().getRowCount() != null && !select.getLimit().isLimitAll() && !select.getLimit().isLimitNull()) {
                limit = count(select.getLimit().getRowCount(), parameters, "LIMIT");
            }
            if (select.getLimit().getOffset() != null) {
                skip = count(select.getLimit().getOffset(), parameters, "LIMIT offset");
            }
        }
        if (select.getOffset() != null) {
            skip = count(select.getOffset().getOffset(), parameters, "OFFSET");
        }
        Fetch fetch = select.getFetch();
        if (fetch != null) {
            if (fetch.getFetchParameters() != null && fetch.getFetchParameters().stream().anyMatch(p -> p.equalsIgnoreCase("PERCENT"))) {
                throw Unsupported.construct("FETCH ... PERCENT", fetch);
            }
            limit = fetch.getExpression() != null ? count(fetch.getExpression(), parameters, "FETCH FIRST") : 1;
        }
        if (select.getTop() != null) {
            if (select.getTop().isPercentage()) {
                throw Unsupported.construct("TOP ... PERCENT", select.getTop());
            }
            limit = count(select.getTop().getExpression(), parameters, "TOP");
        }
        return new RowLimits(skip, limit);
    }

    private static int count(Expression expression, Parameters parameters, String clause) throws SQLException {
        Optional<BsonValue> value = Literals.constant(expression, parameters);
        if (value.isEmpty() || !(value.get().isInt32() || value.get().isInt64())) {
            throw new SQLSyntaxErrorException(clause + " needs a non-negative integer, got " + expression, "42000");
        }
        long count = value.get().asNumber().longValue();
        if (count < 0 || count > Integer.MAX_VALUE) {
            throw new SQLSyntaxErrorException(clause + " needs a non-negative integer, got " + count, "42000");
        }
        return (int) count;
    }
}
