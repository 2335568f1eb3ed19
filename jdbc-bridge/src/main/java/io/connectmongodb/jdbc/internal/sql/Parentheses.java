package io.connectmongodb.jdbc.internal.sql;

import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Parenthesis;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;

/** Removes grouping parentheses, which JSqlParser 5 represents as a one-element parenthesised list. */
final class Parentheses {

    private Parentheses() {
    }

    static Expression strip(Expression expression) {
        Expression current = expression;
        while (true) {
            if (current instanceof Parenthesis parenthesis) {
                current = parenthesis.getExpression();
            } else if (current instanceof ParenthesedExpressionList<?> list && list.size() == 1) {
                current = (Expression) list.get(0);
            } else {
                return current;
            }
        }
    }
}
