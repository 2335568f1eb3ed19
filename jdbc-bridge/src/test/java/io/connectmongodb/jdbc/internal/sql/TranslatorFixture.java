package io.connectmongodb.jdbc.internal.sql;

import io.connectmongodb.jdbc.internal.schema.CollectionSchema;
import io.connectmongodb.jdbc.internal.schema.SchemaField;
import io.connectmongodb.jdbc.internal.schema.SchemaLookup;
import org.bson.BsonDocument;
import org.bson.BsonType;
import org.bson.BsonValue;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A translator over fixed schemas, and assertions comparing plans with expected MongoDB commands. */
final class TranslatorFixture {

    static final SchemaLookup SCHEMAS = new SchemaLookup() {
        private final Map<String, List<SchemaField>> fields = Map.of(
                "people", List.of(field("_id", BsonType.OBJECT_ID), field("name", BsonType.STRING),
                        field("age", BsonType.INT32), field("address.city", BsonType.STRING),
                        field("address.zip", BsonType.STRING), field("tags", BsonType.ARRAY),
                        field("active", BsonType.BOOLEAN)),
                "orders", List.of(field("_id", BsonType.INT32), field("customerId", BsonType.OBJECT_ID),
                        field("total", BsonType.DOUBLE), field("status", BsonType.STRING)),
                "address", List.of(field("_id", BsonType.INT32), field("city", BsonType.STRING)));

        @Override
        public CollectionSchema schemaOf(String collection) {
            List<SchemaField> known = fields.get(collection);
            return known == null ? CollectionSchema.idOnly(collection) : new CollectionSchema(collection, known);
        }
    };

    private static SchemaField field(String path, BsonType type) {
        return new SchemaField(path, type, true);
    }

    static final SqlTranslator TRANSLATOR = new SqlTranslator(SCHEMAS, "shop");

    private TranslatorFixture() {
    }

    static Plan plan(String sql, BsonValue... parameters) throws SQLException {
        return TRANSLATOR.translate(sql, new Parameters(Arrays.asList(parameters)));
    }

    static void assertCommand(String expectedJson, String sql, BsonValue... parameters) throws SQLException {
        assertEquals(BsonDocument.parse(expectedJson), plan(sql, parameters).toCommand(), sql);
    }
}
