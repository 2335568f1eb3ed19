package io.connectmongodb.jdbc.internal.sql;

import org.bson.BsonArray;
import org.bson.BsonDocument;

import java.util.List;

/** A SELECT without FROM ({@code SELECT 1}, the probe BI tools send): its one row is computed by the planner. */
public record ValuesPlan(BsonDocument row, List<OutputColumn> columns) implements QueryPlan {

    public ValuesPlan {
        columns = List.copyOf(columns);
    }

    @Override
    public boolean emptyResult() {
        return false;
    }

    @Override
    public BsonDocument toCommand() {
        return new BsonDocument("values", new BsonArray(List.of(row)));
    }
}
