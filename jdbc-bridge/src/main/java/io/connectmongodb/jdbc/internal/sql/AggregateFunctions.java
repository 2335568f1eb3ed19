package io.connectmongodb.jdbc.internal.sql;

import net.sf.jsqlparser.expression.Function;

import java.util.Locale;
import java.util.Set;

/** Recognises the SQL aggregate functions the planner turns into {@code $group} accumulators. */
final class AggregateFunctions {

    static final Set<String> NAMES = Set.of("COUNT", "SUM", "AVG", "MIN", "MAX");

    private AggregateFunctions() {
    }

    static boolean isAggregate(Function function) {
        return NAMES.contains(function.getName().toUpperCase(Locale.ROOT));
    }
}
