package io.connectmongodb.jdbc.internal.sql;

import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonString;

import java.util.List;

/** An INSERT: the documents to insert, one per VALUES row. */
public record InsertPlan(String collection, List<BsonDocument> documents) implements Plan {

    public InsertPlan {
        documents = List.copyOf(documents);
    }

    @Override
    public BsonDocument toCommand() {
        return new BsonDocument("insert", new BsonString(collection)).append("documents", new BsonArray(documents));
    }
}
