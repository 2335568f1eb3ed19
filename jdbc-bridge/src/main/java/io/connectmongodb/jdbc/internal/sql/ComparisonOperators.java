package io.connectmongodb.jdbc.internal.sql;

import net.sf.jsqlparser.expression.operators.relational.ComparisonOperator;

import java.sql.SQLException;

/** SQL comparison operators and their MongoDB names, mirrored and negated. */
final class ComparisonOperators {

    private ComparisonOperators() {
    }

    static String mongoOperator(ComparisonOperator compare) throws SQLException {
        switch (compare.getStringExpression()) {
            case "=":
            case "==":
                return "$eq";
            case "<>":
            case "!=":
                return "$ne";
            case ">":
                return "$gt";
            case ">=":
                return "$gte";
            case "<":
                return "$lt";
            case "<=":
                return "$lte";
            default:
                throw Unsupported.construct("comparison operator " + compare.getStringExpression(), compare);
        }
    }

    /** The operator with its operands swapped: {@code 5 < a} is {@code a > 5}. */
    static String mirrored(String mongoOperator) {
        switch (mongoOperator) {
            case "$gt":
                return "$lt";
            case "$gte":
                return "$lte";
            case "$lt":
                return "$gt";
            case "$lte":
                return "$gte";
            default:
                return mongoOperator;
        }
    }

    /** NOT (a op b) for non-null operands. */
    static String negated(String mongoOperator) {
        switch (mongoOperator) {
            case "$eq":
                return "$ne";
            case "$ne":
                return "$eq";
            case "$gt":
                return "$lte";
            case "$gte":
                return "$lt";
            case "$lt":
                return "$gte";
            case "$lte":
                return "$gt";
            default:
                throw new IllegalArgumentException("not a comparison operator: " + mongoOperator);
        }
    }
}
