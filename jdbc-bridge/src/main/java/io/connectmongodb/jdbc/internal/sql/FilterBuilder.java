package io.connectmongodb.jdbc.internal.sql;

import net.sf.jsqlparser.expression.ArrayExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.NotExpression;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.ComparisonOperator;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.Select;
import org.bson.BsonArray;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonNull;
import org.bson.BsonRegularExpression;
import org.bson.BsonValue;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Translates a WHERE/HAVING condition into a query-language filter, falling back to {@code $expr} for what the query
 * language cannot say (comparisons between fields, arithmetic, functions).
 *
 * <p>NOT is pushed down to the leaves (De Morgan) so that SQL's three-valued logic holds: {@code NOT (a = 1)} and
 * {@code a <> 1} both exclude rows where {@code a} is null or missing, which a plain {@code $ne}/{@code $nor} would
 * include. A comparison with a NULL value is never true, and is translated into a filter that matches nothing.
 * {@code x IN (SELECT ...)} becomes a {@code $lookup} registered in the scope plus a test on the looked-up array.
 */
final class FilterBuilder {

    /** Matches every document. */
    static final BsonDocument ALL = new BsonDocument();

    private final QueryScope scope;
    private final boolean allowSubqueries;
    private final ExpressionBuilder expressions;

    FilterBuilder(QueryScope scope, boolean allowSubqueries) {
        this.scope = scope;
        this.allowSubqueries = allowSubqueries;
        this.expressions = new ExpressionBuilder(scope, e -> null);
    }

    /** Matches no document: every document has an {@code _id}. */
    static BsonDocument none() {
        return new BsonDocument("_id", new BsonDocument("$exists", BsonBoolean.FALSE));
    }

    BsonDocument build(Expression where) throws SQLException {
        return where == null ? new BsonDocument() : filter(where, false);
    }

    private BsonDocument filter(Expression expression, boolean negated) throws SQLException {
        expression = Parentheses.strip(expression);
        if (expression instanceof NotExpression not) {
            return filter(not.getExpression(), !negated);
        }
        if (expression instanceof AndExpression and) {
            List<BsonDocument> parts = List.of(filter(and.getLeftExpression(), negated), filter(and.getRightExpression(), negated));
            return negated ? or(parts) : and(parts);
        }
        if (expression instanceof OrExpression or) {
            List<BsonDocument> parts = List.of(filter(or.getLeftExpression(), negated), filter(or.getRightExpression(), negated));
            return negated ? and(parts) : or(parts);
        }
        if (expression instanceof ComparisonOperator compare) {
            return comparison(compare, negated);
        }
        if (expression instanceof IsNullExpression isNull && isField(isNull.getLeftExpression())) {
            String path = path(isNull.getLeftExpression());
            boolean wantNull = isNull.isNot() == negated;
            return new BsonDocument(path, new BsonDocument(wantNull ? "$eq" : "$ne", BsonNull.VALUE));
        }
        if (expression instanceof Between between && isField(between.getLeftExpression())) {
            Optional<BsonValue> low = Literals.constant(between.getBetweenExpressionStart(), scope.parameters());
            Optional<BsonValue> high = Literals.constant(between.getBetweenExpressionEnd(), scope.parameters());
            if (low.isPresent() && high.isPresent()) {
                if (low.get().isNull() || high.get().isNull()) {
                    return none();
                }
                String path = path(between.getLeftExpression());
                if (between.isNot() == negated) {
                    return new BsonDocument(path, new BsonDocument("$gte", low.get()).append("$lte", high.get()));
                }
                return or(List.of(new BsonDocument(path, new BsonDocument("$lt", low.get())),
                        new BsonDocument(path, new BsonDocument("$gt", high.get()))));
            }
        }
        if (expression instanceof InExpression in) {
            return in(in, negated);
        }
        if (expression instanceof LikeExpression like && isField(like.getLeftExpression())) {
            String path = path(like.getLeftExpression());
            BsonRegularExpression regex = new BsonRegularExpression(likeRegex(like, scope.parameters()), likeOptions(like));
            if (like.isNot() == negated) {
                return new BsonDocument(path, regex);
            }
            return new BsonDocument(path, new BsonDocument("$not", regex).append("$ne", BsonNull.VALUE));
        }
        Optional<BsonValue> constant = Literals.constant(expression, scope.parameters());
        if (constant.isPresent() && constant.get().isBoolean()) {
            return constant.get().asBoolean().getValue() != negated ? new BsonDocument() : none();
        }
        if (isField(expression)) {
            return new BsonDocument(path(expression), new BsonDocument("$eq", BsonBoolean.valueOf(!negated)));
        }
        BsonValue condition = expressions.build(expression);
        return new BsonDocument("$expr", negated ? AggregateExpressions.operator("$not", condition) : condition);
    }

    private BsonDocument comparison(ComparisonOperator compare, boolean negated) throws SQLException {
        String operator = ComparisonOperators.mongoOperator(compare);
        if (negated) {
            operator = ComparisonOperators.negated(operator);
        }
        Expression left = compare.getLeftExpression();
        Expression right = compare.getRightExpression();
        Optional<BsonValue> leftConstant = Literals.constant(left, scope.parameters());
        Optional<BsonValue> rightConstant = Literals.constant(right, scope.parameters());
        if (leftConstant.isPresent() && rightConstant.isPresent()) {
            return ConstantComparison.holds(operator, leftConstant.get(), rightConstant.get(), compare) ? new BsonDocument() : none();
        }
        if (isField(left) && rightConstant.isPresent()) {
            return fieldComparison(path(left), operator, rightConstant.get());
        }
        if (isField(right) && leftConstant.isPresent()) {
            return fieldComparison(path(right), ComparisonOperators.mirrored(operator), leftConstant.get());
        }
        BsonValue condition = AggregateExpressions.comparison(operator, expressions.build(left), expressions.build(right));
        return new BsonDocument("$expr", condition);
    }

    private static BsonDocument fieldComparison(String path, String operator, BsonValue value) {
        if (value.isNull()) {
            return none();
        }
        if (operator.equals("$ne")) {
            return new BsonDocument(path, new BsonDocument("$nin", new BsonArray(List.of(value, BsonNull.VALUE))));
        }
        return new BsonDocument(path, new BsonDocument(operator, value));
    }

    private BsonDocument in(InExpression in, boolean negated) throws SQLException {
        boolean member = in.isNot() == negated;
        Expression right = in.getRightExpression();
        if (right instanceof Select subquery) {
            if (!allowSubqueries) {
                throw Unsupported.construct("IN (subquery) outside a SELECT", in);
            }
            if (!isField(in.getLeftExpression())) {
                throw Unsupported.construct("IN (subquery) on an expression rather than a field", in);
            }
            return SubqueryLookup.register(scope, path(in.getLeftExpression()), subquery, member);
        }
        if (!(right instanceof ExpressionList<?> list)) {
            throw Unsupported.construct("IN with " + right.getClass().getSimpleName(), in);
        }
        List<BsonValue> values = new ArrayList<>();
        boolean hasNull = false;
        for (Expression item : list) {
            Optional<BsonValue> value = Literals.constant(item, scope.parameters());
            if (value.isEmpty() || !isField(in.getLeftExpression())) {
                BsonValue condition = expressions.build(in);
                return new BsonDocument("$expr", negated ? AggregateExpressions.operator("$not", condition) : condition);
            }
            if (value.get().isNull()) {
                hasNull = true;
            } else {
                values.add(value.get());
            }
        }
        String path = path(in.getLeftExpression());
        if (member) {
            return new BsonDocument(path, new BsonDocument("$in", new BsonArray(values)));
        }
        if (hasNull) {
            return none();
        }
        values.add(BsonNull.VALUE);
        return new BsonDocument(path, new BsonDocument("$nin", new BsonArray(values)));
    }

    static String likeRegex(LikeExpression like, Parameters parameters) throws SQLException {
        Optional<BsonValue> pattern = Literals.constant(like.getRightExpression(), parameters);
        if (pattern.isEmpty() || !pattern.get().isString()) {
            throw Unsupported.construct("LIKE with a pattern that is not a string literal or parameter", like);
        }
        Character escape = null;
        if (like.getEscape() != null) {
            Optional<BsonValue> escapeValue = Literals.constant(like.getEscape(), parameters);
            if (escapeValue.isEmpty() || !escapeValue.get().isString() || escapeValue.get().asString().getValue().length() != 1) {
                throw new SQLException("LIKE ESCAPE must be a single character: " + like, "22019");
            }
            escape = escapeValue.get().asString().getValue().charAt(0);
        }
        return LikePattern.toRegex(pattern.get().asString().getValue(), escape);
    }

    static String likeOptions(LikeExpression like) {
        return like.getLikeKeyWord() == LikeExpression.KeyWord.ILIKE ? "is" : "s";
    }

    private boolean isField(Expression expression) {
        if (expression instanceof Column column) {
            return column.getTable() != null || !(column.getColumnName().equalsIgnoreCase("true")
                    || column.getColumnName().equalsIgnoreCase("false"));
        }
        return expression instanceof ArrayExpression;
    }

    private String path(Expression expression) throws SQLException {
        return scope.resolve(expression).queryPath();
    }

    static BsonDocument and(List<BsonDocument> parts) {
        List<BsonDocument> kept = new ArrayList<>();
        for (BsonDocument part : parts) {
            if (part.containsKey("$and") && part.size() == 1) {
                part.getArray("$and").forEach(p -> kept.add(p.asDocument()));
            } else if (!part.isEmpty()) {
                kept.add(part);
            }
        }
        if (kept.isEmpty()) {
            return new BsonDocument();
        }
        return kept.size() == 1 ? kept.get(0) : new BsonDocument("$and", new BsonArray(kept));
    }

    static BsonDocument or(List<BsonDocument> parts) {
        List<BsonDocument> kept = new ArrayList<>();
        for (BsonDocument part : parts) {
            if (part.isEmpty()) {
                return new BsonDocument();
            }
            if (part.containsKey("$or") && part.size() == 1) {
                part.getArray("$or").forEach(p -> kept.add(p.asDocument()));
            } else {
                kept.add(part);
            }
        }
        return kept.size() == 1 ? kept.get(0) : new BsonDocument("$or", new BsonArray(kept));
    }
}
