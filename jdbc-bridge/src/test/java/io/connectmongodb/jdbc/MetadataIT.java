package io.connectmongodb.jdbc;

import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DatabaseMetaData against the test server: the calls BI tools, SchemaCrawler, sqlline and HikariCP make. */
class MetadataIT {

    private static final String DB = BridgeFixture.newDatabase("meta");
    private static Connection connection;
    private static DatabaseMetaData metaData;

    @BeforeAll
    static void seed() throws SQLException {
        BridgeFixture.seed(DB, "customers",
                "{_id: 1, name: 'a', address: {city: 'X', geo: {lat: 1.5}}, score: 1}",
                "{_id: 2, name: 'b', address: {city: 'Y'}, score: {$numberLong: '2'}, vip: true}",
                "{_id: 3, name: 'c', score: 2.5}");
        BridgeFixture.seed(DB, "orders", "{_id: 1, customerId: 1}");
        BridgeFixture.withDatabase(DB, database -> database.getCollection("customers")
                .createIndex(new BsonDocument("name", new BsonInt32(1)).append("score", new BsonInt32(-1))));
        connection = BridgeFixture.connect(DB);
        metaData = connection.getMetaData();
    }

    @AfterAll
    static void close() throws SQLException {
        connection.close();
    }

    private static List<String> column(ResultSet resultSet, String name) throws SQLException {
        List<String> values = new ArrayList<>();
        while (resultSet.next()) {
            values.add(resultSet.getString(name));
        }
        resultSet.close();
        return values;
    }

    @Test
    void catalogsAndSchemasAreDatabases() throws SQLException {
        assertTrue(column(metaData.getCatalogs(), "TABLE_CAT").contains(DB));
        assertTrue(column(metaData.getSchemas(), "TABLE_SCHEM").contains(DB));
        assertEquals(List.of(DB), column(metaData.getSchemas(DB, null), "TABLE_CATALOG"));
        assertEquals(List.of("SYSTEM TABLE", "TABLE", "VIEW"), column(metaData.getTableTypes(), "TABLE_TYPE"));
    }

    @Test
    void tablesWithPatterns() throws SQLException {
        assertEquals(List.of("customers", "orders"), column(metaData.getTables(DB, DB, "%", new String[] {"TABLE"}), "TABLE_NAME"));
        assertEquals(List.of("customers"), column(metaData.getTables(DB, null, "cust%", null), "TABLE_NAME"));
        assertEquals(List.of("orders"), column(metaData.getTables(null, DB, "o_ders", null), "TABLE_NAME"));
        assertEquals(List.of(), column(metaData.getTables(DB, null, "%", new String[] {"VIEW"}), "TABLE_NAME"));
    }

    @Test
    void columnsAreInferredFlattenedAndWidened() throws SQLException {
        ResultSet columns = metaData.getColumns(DB, null, "customers", "%");
        List<String> names = new ArrayList<>();
        while (columns.next()) {
            String name = columns.getString("COLUMN_NAME");
            names.add(name);
            if (name.equals("score")) {
                assertEquals(Types.DOUBLE, columns.getInt("DATA_TYPE"), "int32, int64 and double widen to DOUBLE");
            }
            if (name.equals("_id")) {
                assertEquals("NO", columns.getString("IS_NULLABLE"));
                assertEquals(1, columns.getInt("ORDINAL_POSITION"));
            }
            if (name.equals("vip")) {
                assertEquals(Types.BOOLEAN, columns.getInt("DATA_TYPE"));
                assertEquals(DatabaseMetaData.columnNullable, columns.getInt("NULLABLE"));
            }
        }
        assertEquals(List.of("_id", "name", "score", "address.city", "vip", "address.geo.lat"), names, "first seen, newest documents first");
        assertEquals(List.of("address.city"), column(metaData.getColumns(DB, DB, "customers", "address.c%"), "COLUMN_NAME"));
    }

    @Test
    void primaryKeysIndexesAndKeys() throws SQLException {
        assertEquals(List.of("_id", "_id"), column(metaData.getPrimaryKeys(DB, null, "%"), "COLUMN_NAME"));
        assertEquals(List.of("_id"), column(metaData.getPrimaryKeys(DB, DB, "orders"), "COLUMN_NAME"));
        ResultSet indexes = metaData.getIndexInfo(DB, DB, "customers", false, true);
        List<String> rows = new ArrayList<>();
        while (indexes.next()) {
            rows.add(indexes.getString("INDEX_NAME") + ":" + indexes.getShort("ORDINAL_POSITION") + ":"
                    + indexes.getString("COLUMN_NAME") + ":" + indexes.getString("ASC_OR_DESC") + ":" + indexes.getBoolean("NON_UNIQUE"));
        }
        assertEquals(List.of("_id_:1:_id:A:false", "name_1_score_-1:1:name:A:true", "name_1_score_-1:2:score:D:true"), rows);
        assertEquals(List.of("_id_"), column(metaData.getIndexInfo(DB, DB, "customers", true, true), "INDEX_NAME"));
        assertFalse(metaData.getImportedKeys(DB, DB, "orders").next());
        assertFalse(metaData.getExportedKeys(DB, DB, "customers").next());
    }

    @Test
    void typeInfoAndFixedAnswers() throws SQLException {
        List<String> types = column(metaData.getTypeInfo(), "TYPE_NAME");
        assertTrue(types.containsAll(List.of("INTEGER", "BIGINT", "DOUBLE", "DECIMAL", "VARCHAR", "BOOLEAN", "TIMESTAMP", "BINARY")));
        assertEquals("\"", metaData.getIdentifierQuoteString());
        assertTrue(metaData.getStringFunctions().contains("UCASE"));
        assertTrue(metaData.getNumericFunctions().contains("ABS"));
        assertTrue(metaData.getTimeDateFunctions().contains("YEAR"));
        assertEquals("connect-mongodb JDBC bridge", metaData.getDriverName());
        assertEquals("MongoDB", metaData.getDatabaseProductName());
        assertTrue(metaData.getDatabaseMajorVersion() >= 3, metaData.getDatabaseProductVersion());
        assertTrue(metaData.supportsBatchUpdates());
        assertTrue(metaData.supportsResultSetType(ResultSet.TYPE_FORWARD_ONLY));
        assertFalse(metaData.supportsResultSetType(ResultSet.TYPE_SCROLL_INSENSITIVE));
        assertTrue(metaData.storesMixedCaseIdentifiers());
        assertTrue(metaData.getURL().startsWith("jdbc:mongodb://"));
        assertFalse(metaData.getProcedures(null, null, "%").next());
        assertFalse(metaData.getFunctions(null, null, "%").next());
        assertTrue(metaData.getBestRowIdentifier(DB, DB, "orders", DatabaseMetaData.bestRowSession, true).next());
    }
}
