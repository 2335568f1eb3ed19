package io.connectmongodb.jdbc.internal.schema;

import io.connectmongodb.driver.MongoCollection;
import io.connectmongodb.driver.MongoCursor;
import io.connectmongodb.driver.MongoDatabase;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonValue;

import java.util.HashSet;
import java.util.Set;

/**
 * Samples a collection to infer its columns: the newest half of {@code sampleSize} documents (descending {@code _id},
 * which for ObjectIds is insertion time) and the oldest half (ascending), each document counted once.
 */
final class SchemaSampler {

    private SchemaSampler() {
    }

    static CollectionSchema sample(MongoDatabase database, String collection, int sampleSize) {
        MongoCollection<BsonDocument> documents = database.getCollection(collection, BsonDocument.class);
        SchemaBuilder builder = new SchemaBuilder();
        Set<BsonValue> seen = new HashSet<>();
        int newest = (sampleSize + 1) / 2;
        read(documents, -1, newest, builder, seen);
        read(documents, 1, sampleSize - newest, builder, seen);
        return builder.build(collection);
    }

    private static void read(MongoCollection<BsonDocument> documents, int direction, int limit, SchemaBuilder builder,
                             Set<BsonValue> seen) {
        if (limit <= 0) {
            return;
        }
        try (MongoCursor<BsonDocument> cursor = documents.find().sort(new BsonDocument("_id", new BsonInt32(direction)))
                .limit(limit).batchSize(limit).iterator()) {
            while (cursor.hasNext()) {
                BsonDocument document = cursor.next();
                BsonValue id = document.get("_id");
                if (id == null || seen.add(id)) {
                    builder.add(document);
                }
            }
        }
    }
}
