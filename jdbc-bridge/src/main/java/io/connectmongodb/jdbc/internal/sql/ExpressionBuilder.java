package io.connectmongodb.jdbc.internal.sql;

import net.sf.jsqlparser.expression.ArrayExpression;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.CaseExpression;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.NotExpression;
import net.sf.jsqlparser.expression.Parenthesis;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.TimeKeyExpression;
import net.sf.jsqlparser.expression.WhenClause;
import net.sf.jsqlparser.expression.operators.arithmetic.Addition;
import net.sf.jsqlparser.expression.operators.arithmetic.Concat;
import net.sf.jsqlparser.expression.operators.arithmetic.Division;
import net.sf.jsqlparser.expression.operators.arithmetic.Modulo;
import net.sf.jsqlparser.expression.operators.arithmetic.Multiplication;
import net.sf.jsqlparser.expression.operators.arithmetic.Subtraction;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.ComparisonOperator;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;
import net.sf.jsqlparser.schema.Column;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonNull;
import org.bson.BsonString;
import org.bson.BsonValue;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.connectmongodb.jdbc.internal.sql.AggregateExpressions.comparison;
import static io.connectmongodb.jdbc.internal.sql.AggregateExpressions.literal;
import static io.connectmongodb.jdbc.internal.sql.AggregateExpressions.operator;

/**
 * Translates a SQL value expression into an aggregation expression: field references, literals and parameters,
 * arithmetic, string concatenation, comparisons and boolean logic (SQL's unknown becomes false), CASE as
 * nested {@code $cond}, CAST as the {@code $to*} conversions and scalar functions.
 *
 * <p>After a GROUP BY the same SQL text means something else (a group key, an accumulator): the planner passes a
 * {@link Substitution} that is consulted first for every sub-expression.
 */
final class ExpressionBuilder {

    /** Replaces a sub-expression by an already computed value (group keys, accumulators); {@code null} if none. */
    @FunctionalInterface
    interface Substitution {
        BsonValue replace(Expression expression) throws SQLException;
    }

    private final QueryScope scope;
    private final Substitution substitution;

    ExpressionBuilder(QueryScope scope, Substitution substitution) {
        this.scope = scope;
        this.substitution = substitution;
    }

    BsonValue build(Expression expression) throws SQLException {
        expression = Parentheses.strip(expression);
        BsonValue replaced = substitution.replace(expression);
        if (replaced != null) {
            return replaced;
        }
        Optional<BsonValue> constant = Literals.constant(expression, scope.parameters());
        if (constant.isPresent()) {
            return literal(constant.get());
        }
        if (expression instanceof Column || expression instanceof ArrayExpression) {
            return scope.resolve(expression).aggregateExpression();
        }
        if (expression instanceof Parenthesis parenthesis) {
            return build(parenthesis.getExpression());
        }
        if (expression instanceof SignedExpression signed) {
            BsonValue operand = build(signed.getExpression());
            return signed.getSign() == '-' ? operator("$multiply", new BsonInt32(-1), operand) : operand;
        }
        if (expression instanceof Addition || expression instanceof Subtraction || expression instanceof Multiplication
                || expression instanceof Division || expression instanceof Modulo || expression instanceof Concat) {
            return arithmetic((BinaryExpression) expression);
        }
        if (expression instanceof ComparisonOperator compare) {
            return comparison(ComparisonOperators.mongoOperator(compare), build(compare.getLeftExpression()),
                    build(compare.getRightExpression()));
        }
        if (expression instanceof AndExpression and) {
            return operator("$and", build(and.getLeftExpression()), build(and.getRightExpression()));
        }
        if (expression instanceof OrExpression or) {
            return operator("$or", build(or.getLeftExpression()), build(or.getRightExpression()));
        }
        if (expression instanceof NotExpression not) {
            return operator("$not", build(not.getExpression()));
        }
        if (expression instanceof IsNullExpression isNull) {
            BsonValue operand = build(isNull.getLeftExpression());
            return isNull.isNot() ? AggregateExpressions.isNotNull(operand) : AggregateExpressions.isNull(operand);
        }
        if (expression instanceof Between between) {
            BsonValue operand = build(between.getLeftExpression());
            BsonValue inRange = operator("$and", comparison("$gte", operand, build(between.getBetweenExpressionStart())),
                    comparison("$lte", operand, build(between.getBetweenExpressionEnd())));
            return between.isNot() ? operator("$and", AggregateExpressions.isNotNull(operand), operator("$not", inRange)) : inRange;
        }
        if (expression instanceof InExpression in && in.getRightExpression() instanceof ExpressionList<?> list) {
            BsonValue operand = build(in.getLeftExpression());
            List<BsonValue> values = new ArrayList<>();
            for (Expression item : list) {
                values.add(build(item));
            }
            BsonValue member = operator("$in", operand, new BsonArray(values));
            return in.isNot() ? operator("$and", AggregateExpressions.isNotNull(operand), operator("$not", member)) : member;
        }
        if (expression instanceof LikeExpression like) {
            return likeMatch(like);
        }
        if (expression instanceof CaseExpression caseExpression) {
            return switchOf(caseExpression);
        }
        if (expression instanceof CastExpression cast) {
            return CastTypes.convert(cast, build(cast.getLeftExpression()));
        }
        if (expression instanceof TimeKeyExpression timeKey) {
            return ScalarFunctions.apply(timeKey.getStringValue().trim(), List.of(), expression);
        }
        if (expression instanceof Function function) {
            return function(function);
        }
        throw Unsupported.construct(describe(expression), expression);
    }

    private BsonValue arithmetic(BinaryExpression binary) throws SQLException {
        String operatorName;
        if (binary instanceof Addition) {
            operatorName = "$add";
        } else if (binary instanceof Subtraction) {
            operatorName = "$subtract";
        } else if (binary instanceof Multiplication) {
            operatorName = "$multiply";
        } else if (binary instanceof Division) {
            operatorName = "$divide";
        } else if (binary instanceof Modulo) {
            operatorName = "$mod";
        } else {
            operatorName = "$concat";
        }
        return operator(operatorName, build(binary.getLeftExpression()), build(binary.getRightExpression()));
    }

    private BsonValue likeMatch(LikeExpression like) throws SQLException {
        String regex = FilterBuilder.likeRegex(like, scope.parameters());
        BsonValue input = build(like.getLeftExpression());
        BsonDocument match = new BsonDocument("$regexMatch", new BsonDocument("input", input)
                .append("regex", new BsonString(regex))
                .append("options", new BsonString(FilterBuilder.likeOptions(like))));
        return like.isNot() ? operator("$and", AggregateExpressions.isNotNull(input), operator("$not", match)) : match;
    }

    /** CASE as nested {@code $cond}s (the most widely supported form), the last falling back to ELSE or NULL. */
    private BsonValue switchOf(CaseExpression caseExpression) throws SQLException {
        BsonValue switchValue = caseExpression.getSwitchExpression() == null ? null : build(caseExpression.getSwitchExpression());
        BsonValue result = caseExpression.getElseExpression() == null ? BsonNull.VALUE : build(caseExpression.getElseExpression());
        List<WhenClause> whens = caseExpression.getWhenClauses();
        for (int i = whens.size() - 1; i >= 0; i--) {
            BsonValue condition = build(whens.get(i).getWhenExpression());
            if (switchValue != null) {
                condition = comparison("$eq", switchValue, condition);
            }
            result = operator("$cond", condition, build(whens.get(i).getThenExpression()), result);
        }
        return result;
    }

    private BsonValue function(Function function) throws SQLException {
        if (AggregateFunctions.isAggregate(function)) {
            throw new java.sql.SQLSyntaxErrorException("Aggregate function " + function
                    + " is not allowed here (only in the SELECT list, HAVING or ORDER BY of a grouped query)", "42000");
        }
        List<BsonValue> arguments = new ArrayList<>();
        if (function.getParameters() != null) {
            for (Expression argument : function.getParameters()) {
                arguments.add(build(argument));
            }
        }
        return ScalarFunctions.apply(function.getName(), arguments, function);
    }

    /** A readable name of an expression kind for "unsupported" messages. */
    static String describe(Expression expression) {
        String kind = expression.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
        return "expression '" + expression + "' (" + kind + ")";
    }
}
