package io.connectmongodb.jdbc.internal.sql;

import org.bson.BsonArray;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.BsonValue;

import java.util.List;

/**
 * An UPDATE of every matching document.
 *
 * @param update either an update document ({@code $set}/{@code $unset}/{@code $inc}) or, when a new value is computed
 *               from other fields, an update pipeline (a {@link BsonArray} of stages)
 */
public record UpdatePlan(String collection, BsonDocument filter, BsonValue update) implements Plan {

    /** True when {@link #update()} is a pipeline rather than an update document. */
    public boolean isPipeline() {
        return update.isArray();
    }

    /** The single update statement of the command, also used to build bulk batches. */
    public BsonDocument statement() {
        return new BsonDocument("q", filter).append("u", update).append("multi", BsonBoolean.TRUE);
    }

    @Override
    public BsonDocument toCommand() {
        return new BsonDocument("update", new BsonString(collection)).append("updates", new BsonArray(List.of(statement())));
    }
}
