package io.connectmongodb.jdbc.internal.resultset;

import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonType;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MongoResultSetTest {

    private static final ObjectId ID = new ObjectId("65a1b2c3d4e5f60718293a4b");

    private static MongoResultSet people(List<BsonDocument> rows) {
        List<ResultColumn> columns = List.of(
                new ResultColumn("_id", List.of("_id"), BsonType.OBJECT_ID, "people", false),
                new ResultColumn("name", List.of("name"), BsonType.STRING, "people", true),
                new ResultColumn("age", List.of("age"), BsonType.INT64, "people", true),
                new ResultColumn("address.city", List.of("address", "city"), BsonType.STRING, "people", true),
                new ResultColumn("born", List.of("born"), BsonType.DATE_TIME, "people", true),
                new ResultColumn("tags", List.of("tags"), BsonType.ARRAY, "people", true));
        return new MongoResultSet(null, new ListRowCursor(rows), columns, "people", 10);
    }

    @Test
    void readsColumnsByIndexAndLabelWithTypeMapping() throws SQLException {
        BsonDocument row = BsonDocument.parse("{_id: {$oid: '65a1b2c3d4e5f60718293a4b'}, name: 'Ann', age: 41,"
                + " address: {city: 'Oslo'}, born: {$date: '1983-04-05T06:07:08.009Z'}, tags: ['a', 'b']}");
        try (MongoResultSet resultSet = people(List.of(row))) {
            assertTrue(resultSet.next());
            assertEquals(ID.toHexString(), resultSet.getString(1));
            assertEquals(ID, resultSet.getObject("_id"));
            assertEquals("Ann", resultSet.getString("NAME"));
            assertEquals(41L, resultSet.getObject("age"), "int32 in a BIGINT column reads as Long");
            assertEquals(41, resultSet.getInt(3));
            assertEquals("Oslo", resultSet.getString("address.city"));
            assertEquals(Timestamp.from(java.time.Instant.parse("1983-04-05T06:07:08.009Z")), resultSet.getTimestamp("born"));
            assertEquals(List.of("a", "b"), resultSet.getObject("tags"));
            assertEquals("[\"a\", \"b\"]", resultSet.getString("tags"));
            assertFalse(resultSet.next());
        }
    }

    @Test
    void missingAndNullValuesAreSqlNull() throws SQLException {
        try (MongoResultSet resultSet = people(List.of(BsonDocument.parse("{_id: 1, name: null}")))) {
            assertTrue(resultSet.next());
            assertNull(resultSet.getString("name"));
            assertTrue(resultSet.wasNull());
            assertEquals(0, resultSet.getInt("age"));
            assertTrue(resultSet.wasNull());
            assertNull(resultSet.getString("address.city"));
            assertEquals("1", resultSet.getString("_id"));
            assertFalse(resultSet.wasNull());
        }
    }

    @Test
    void metadataCarriesLabelsAndTypes() throws SQLException {
        try (MongoResultSet resultSet = people(List.of())) {
            ResultSetMetaData metaData = resultSet.getMetaData();
            assertEquals(6, metaData.getColumnCount());
            assertEquals("address.city", metaData.getColumnLabel(4));
            assertEquals(Types.BIGINT, metaData.getColumnType(3));
            assertEquals("OBJECTID", metaData.getColumnTypeName(1));
            assertEquals(Types.TIMESTAMP, metaData.getColumnType(5));
            assertEquals(ResultSetMetaData.columnNoNulls, metaData.isNullable(1));
            assertEquals("people", metaData.getTableName(2));
            assertFalse(resultSet.next());
        }
    }

    @Test
    void columnsWithoutTypeTakeTheFirstRowsTypeAndDynamicColumnsComeFromTheFirstRow() throws SQLException {
        List<BsonDocument> rows = List.of(BsonDocument.parse("{_id: 'x', n: 2.5, d: {k: 1}}"), BsonDocument.parse("{_id: 'y', n: 3}"));
        try (MongoResultSet resultSet = new MongoResultSet(null, new ListRowCursor(rows), List.of(), "c", 0)) {
            ResultSetMetaData metaData = resultSet.getMetaData();
            assertEquals(3, metaData.getColumnCount());
            assertEquals("n", metaData.getColumnLabel(2));
            assertEquals(Types.DOUBLE, metaData.getColumnType(2));
            assertTrue(resultSet.next());
            assertEquals(Map.of("k", 1), resultSet.getObject("d"));
            assertTrue(resultSet.next(), "the row read ahead for metadata is not lost");
            assertEquals("y", resultSet.getString(1));
            assertEquals(3.0, resultSet.getObject(2), "int in a DOUBLE column reads as Double");
            assertFalse(resultSet.next());
        }
    }

    @Test
    void forwardOnlyReadOnlyAndClosedStates() throws SQLException {
        MongoResultSet resultSet = people(List.of(BsonDocument.parse("{_id: 1}")));
        assertEquals(ResultSet.TYPE_FORWARD_ONLY, resultSet.getType());
        assertEquals(ResultSet.CONCUR_READ_ONLY, resultSet.getConcurrency());
        assertThrows(SQLFeatureNotSupportedException.class, resultSet::previous);
        assertThrows(SQLFeatureNotSupportedException.class, () -> resultSet.absolute(1));
        assertThrows(SQLFeatureNotSupportedException.class, () -> resultSet.updateString(1, "x"));
        assertThrows(SQLException.class, () -> resultSet.getString(1), "no current row before next()");
        assertTrue(resultSet.isBeforeFirst());
        assertTrue(resultSet.next());
        assertEquals(1, resultSet.getRow());
        assertThrows(SQLException.class, () -> resultSet.getString(7));
        assertThrows(SQLException.class, () -> resultSet.findColumn("nope"));
        resultSet.close();
        assertTrue(resultSet.isClosed());
        assertThrows(SQLException.class, resultSet::next);
    }

    /** A cursor producing rows on demand, counting how many rows were pulled and never holding more than one. */
    private static final class GeneratingCursor implements RowCursor {
        private final int total;
        private int produced;
        boolean closed;

        GeneratingCursor(int total) {
            this.total = total;
        }

        @Override
        public BsonDocument next() {
            return produced < total ? new BsonDocument("_id", new BsonInt32(produced++)) : null;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void rowsArePulledOneAtATimeAndTheCursorIsClosedAtTheEnd() throws SQLException {
        GeneratingCursor cursor = new GeneratingCursor(1_000);
        MongoResultSet resultSet = new MongoResultSet(null, cursor,
                List.of(new ResultColumn("_id", List.of("_id"), BsonType.INT32, "t", false)), "t", 100);
        for (int i = 0; i < 10; i++) {
            assertTrue(resultSet.next());
        }
        assertEquals(10, cursor.produced, "nothing is read ahead beyond the current row");
        int rows = 10;
        while (resultSet.next()) {
            assertEquals(rows, resultSet.getInt(1));
            rows++;
        }
        assertEquals(1_000, rows);
        assertTrue(cursor.closed);
    }

    @Test
    void typedGetters() throws SQLException {
        try (MongoResultSet resultSet = people(List.of(BsonDocument.parse(
                "{_id: {$oid: '65a1b2c3d4e5f60718293a4b'}, age: 3, born: {$date: '2000-01-02T03:04:05Z'}}")))) {
            assertTrue(resultSet.next());
            assertEquals(ID, resultSet.getObject(1, ObjectId.class));
            assertEquals(3, resultSet.getObject(3, Integer.class));
            assertEquals(java.time.LocalDateTime.of(2000, 1, 2, 3, 4, 5), resultSet.getObject(5, java.time.LocalDateTime.class));
            assertThrows(SQLFeatureNotSupportedException.class, () -> resultSet.getObject(3, java.util.UUID.class));
        }
    }
}
