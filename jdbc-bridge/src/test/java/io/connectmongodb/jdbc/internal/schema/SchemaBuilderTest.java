package io.connectmongodb.jdbc.internal.schema;

import org.bson.BsonDocument;
import org.bson.BsonType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SchemaBuilderTest {

    @Test
    void flattensNestedDocumentsWidensTypesAndTracksNullability() {
        SchemaBuilder builder = new SchemaBuilder();
        builder.add(BsonDocument.parse("{_id: 1, a: {b: 1, c: {d: 'x'}}, n: 1, tags: [1], e: {}}"));
        builder.add(BsonDocument.parse("{_id: 2, a: {b: {$numberLong: '2'}}, n: 'two', z: null}"));
        CollectionSchema schema = builder.build("c");
        assertEquals(List.of(
                new SchemaField("_id", BsonType.INT32, false),
                new SchemaField("a.b", BsonType.INT64, false),
                new SchemaField("a.c.d", BsonType.STRING, true),
                new SchemaField("n", BsonType.STRING, false),
                new SchemaField("tags", BsonType.ARRAY, true),
                new SchemaField("e", BsonType.DOCUMENT, true),
                new SchemaField("z", BsonType.STRING, true)), schema.fields());
    }

    @Test
    void emptySampleGivesOnlyId() {
        assertEquals(CollectionSchema.idOnly("c"), new SchemaBuilder().build("c"));
    }
}
