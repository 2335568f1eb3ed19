package io.connectmongodb.jdbc.internal.sql;

import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;

import java.util.List;

/**
 * A SELECT the server answers with a plain {@code find}: one collection, a query filter, an inclusion projection,
 * a sort and skip/limit.
 *
 * @param limit {@code null} for no limit; 0 means the result is empty (MongoDB itself reads 0 as "no limit")
 */
public record FindPlan(String collection, BsonDocument filter, BsonDocument projection, BsonDocument sort,
                       int skip, Integer limit, List<OutputColumn> columns) implements QueryPlan {

    public FindPlan {
        columns = List.copyOf(columns);
    }

    @Override
    public boolean emptyResult() {
        return limit != null && limit == 0;
    }

    @Override
    public BsonDocument toCommand() {
        BsonDocument command = new BsonDocument("find", new BsonString(collection)).append("filter", filter);
        if (!projection.isEmpty()) {
            command.append("projection", projection);
        }
        if (!sort.isEmpty()) {
            command.append("sort", sort);
        }
        if (skip > 0) {
            command.append("skip", new BsonInt32(skip));
        }
        if (limit != null) {
            command.append("limit", new BsonInt32(limit));
        }
        return command;
    }
}
