package io.connectmongodb.jdbc.internal.sql;

import java.util.List;

/** A plan that returns rows: its output columns are known before the first row is read. */
public sealed interface QueryPlan extends Plan permits FindPlan, AggregatePlan, ValuesPlan {

    /** The result columns in SELECT order. */
    List<OutputColumn> columns();

    /** True when the SQL asks for no rows at all (LIMIT 0): no command needs to run. */
    boolean emptyResult();
}
