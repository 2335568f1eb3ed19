package io.connectmongodb.jdbc.internal.sql;

import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.CaseExpression;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.NotExpression;
import net.sf.jsqlparser.expression.Parenthesis;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.WhenClause;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;

import java.util.List;
import java.util.function.Consumer;

/** Visits an expression tree depth-first, over the node kinds the translator understands. */
final class ExpressionWalker {

    private ExpressionWalker() {
    }

    static void walk(Expression expression, Consumer<Expression> visitor) {
        if (expression == null) {
            return;
        }
        visitor.accept(expression);
        if (expression instanceof BinaryExpression binary) {
            walk(binary.getLeftExpression(), visitor);
            walk(binary.getRightExpression(), visitor);
        } else if (expression instanceof Parenthesis parenthesis) {
            walk(parenthesis.getExpression(), visitor);
        } else if (expression instanceof ExpressionList<?> list) {
            list.forEach(item -> walk((Expression) item, visitor));
        } else if (expression instanceof NotExpression not) {
            walk(not.getExpression(), visitor);
        } else if (expression instanceof SignedExpression signed) {
            walk(signed.getExpression(), visitor);
        } else if (expression instanceof Function function && function.getParameters() != null) {
            function.getParameters().forEach(p -> walk((Expression) p, visitor));
        } else if (expression instanceof CaseExpression caseExpression) {
            walk(caseExpression.getSwitchExpression(), visitor);
            for (WhenClause when : caseExpression.getWhenClauses()) {
                walk(when.getWhenExpression(), visitor);
                walk(when.getThenExpression(), visitor);
            }
            walk(caseExpression.getElseExpression(), visitor);
        } else if (expression instanceof CastExpression cast) {
            walk(cast.getLeftExpression(), visitor);
        } else if (expression instanceof IsNullExpression isNull) {
            walk(isNull.getLeftExpression(), visitor);
        } else if (expression instanceof Between between) {
            walk(between.getLeftExpression(), visitor);
            walk(between.getBetweenExpressionStart(), visitor);
            walk(between.getBetweenExpressionEnd(), visitor);
        } else if (expression instanceof InExpression in) {
            walk(in.getLeftExpression(), visitor);
            if (in.getRightExpression() instanceof ExpressionList<?> list) {
                list.forEach(item -> walk((Expression) item, visitor));
            }
        }
    }

    static boolean containsAggregate(List<Expression> expressions) {
        boolean[] found = {false};
        for (Expression expression : expressions) {
            walk(expression, e -> {
                if (e instanceof Function function && AggregateFunctions.isAggregate(function)) {
                    found[0] = true;
                }
            });
        }
        return found[0];
    }
}
