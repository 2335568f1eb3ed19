package io.connectmongodb.jdbc.internal.sql;

import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;

import java.util.List;

/** A DELETE of every matching document. */
public record DeletePlan(String collection, BsonDocument filter) implements Plan {

    /** The single delete statement of the command ({@code limit: 0} = all matches), also used for bulk batches. */
    public BsonDocument statement() {
        return new BsonDocument("q", filter).append("limit", new BsonInt32(0));
    }

    @Override
    public BsonDocument toCommand() {
        return new BsonDocument("delete", new BsonString(collection)).append("deletes", new BsonArray(List.of(statement())));
    }
}
