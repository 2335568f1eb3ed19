package io.connectmongodb.jdbc.internal.sql;

import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonString;

import java.util.List;

/**
 * A SELECT that needs the aggregation framework (joins, grouping, DISTINCT, computed columns, IN subqueries).
 *
 * @param rowWhenEmpty for an aggregate without GROUP BY (e.g. {@code SELECT COUNT(*) FROM t}) SQL returns one row even
 *                     when no document matches, while {@code $group} returns none: this is that row, else {@code null}
 */
public record AggregatePlan(String collection, List<BsonDocument> pipeline, List<OutputColumn> columns,
                            boolean emptyResult, BsonDocument rowWhenEmpty) implements QueryPlan {

    public AggregatePlan {
        pipeline = List.copyOf(pipeline);
        columns = List.copyOf(columns);
    }

    @Override
    public BsonDocument toCommand() {
        return new BsonDocument("aggregate", new BsonString(collection))
                .append("pipeline", new BsonArray(pipeline))
                .append("cursor", new BsonDocument());
    }
}
