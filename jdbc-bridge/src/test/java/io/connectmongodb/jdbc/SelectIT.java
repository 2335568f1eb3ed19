package io.connectmongodb.jdbc;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Types;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.connectmongodb.jdbc.BridgeFixture.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every SELECT construct against the test server, checking the rows. */
class SelectIT {

    private static final String DB = BridgeFixture.newDatabase("select");
    private static Connection connection;

    @BeforeAll
    static void seed() throws SQLException {
        BridgeFixture.seed(DB, "people",
                "{_id: 1, name: 'Ann', age: 34, address: {city: 'Oslo', zip: '0150'}, tags: ['a', 'b'], active: true}",
                "{_id: 2, name: 'Bob', age: 17, address: {city: 'Bergen', zip: '5003'}, tags: ['c'], active: false}",
                "{_id: 3, name: 'Cid', age: 52, address: {city: 'Oslo', zip: '0151'}, tags: [], active: true}",
                "{_id: 4, name: 'Dee_1%', address: {city: 'Tromsø'}, active: true}");
        BridgeFixture.seed(DB, "orders",
                "{_id: 10, customerId: 1, total: 20.5, status: 'paid'}",
                "{_id: 11, customerId: 1, total: 7.5, status: 'open'}",
                "{_id: 12, customerId: 3, total: 100.0, status: 'paid'}",
                "{_id: 13, customerId: 9, total: 1.0, status: 'paid'}");
        connection = BridgeFixture.connect(DB);
    }

    @AfterAll
    static void close() throws SQLException {
        connection.close();
    }

    @Test
    void columnsAliasesAndStar() throws SQLException {
        assertEquals(List.of(List.of("Ann", "34"), List.of("Bob", "17")),
                query(connection, "SELECT name, age AS years FROM people WHERE _id <= 2 ORDER BY _id"));
        try (ResultSet all = connection.createStatement().executeQuery("SELECT * FROM people WHERE _id = 1")) {
            assertTrue(all.next());
            assertEquals("Oslo", all.getString("address.city"));
            assertEquals(List.of("a", "b"), all.getObject("tags"));
            assertEquals(Types.INTEGER, all.getMetaData().getColumnType(all.findColumn("age")));
        }
    }

    @Test
    void expressionsInProjection() throws SQLException {
        assertEquals(List.of(List.of("Ann", "35", "ANN")),
                query(connection, "SELECT name, age + 1 AS next, UPPER(name) AS shout FROM people WHERE _id = 1"));
    }

    @Test
    void whereOperators() throws SQLException {
        assertEquals(List.of(List.of("Ann"), List.of("Cid")), query(connection, "SELECT name FROM people WHERE age > 18 ORDER BY name"));
        assertEquals(List.of(List.of("Bob")), query(connection, "SELECT name FROM people WHERE age <> 34 AND age < 50"));
        assertEquals(List.of(List.of("Ann"), List.of("Bob")), query(connection, "SELECT name FROM people WHERE age IN (34, 17) ORDER BY name"));
        assertEquals(List.of(List.of("Ann")), query(connection, "SELECT name FROM people WHERE age BETWEEN 20 AND 40"));
        assertEquals(List.of(List.of("Dee_1%")), query(connection, "SELECT name FROM people WHERE age IS NULL"));
        assertEquals(3, query(connection, "SELECT name FROM people WHERE age IS NOT NULL").size());
        assertEquals(List.of(List.of("Bob")), query(connection, "SELECT name FROM people WHERE NOT (age > 18) AND age IS NOT NULL"));
        assertEquals(List.of(List.of("Ann"), List.of("Bob")),
                query(connection, "SELECT name FROM people WHERE name = 'Ann' OR age = 17 ORDER BY name"));
        assertEquals(List.of(List.of("Cid")), query(connection, "SELECT name FROM people WHERE age * 2 > 100"));
    }

    @Test
    void likeIsAnchoredAndEscaped() throws SQLException {
        assertEquals(List.of(List.of("Ann")), query(connection, "SELECT name FROM people WHERE name LIKE 'A%'"));
        assertEquals(List.of(), query(connection, "SELECT name FROM people WHERE name LIKE 'nn'"));
        assertEquals(List.of(List.of("Dee_1%")), query(connection, "SELECT name FROM people WHERE name LIKE 'Dee\\_1\\%' ESCAPE '\\'"));
        assertEquals(List.of(List.of("Bob"), List.of("Cid")),
                query(connection, "SELECT name FROM people WHERE name NOT LIKE '%e%' AND name NOT LIKE 'A%' ORDER BY name"));
    }

    @Test
    void orderLimitOffsetFetchDistinct() throws SQLException {
        assertEquals(List.of(List.of("Ann"), List.of("Bob")), query(connection, "SELECT name FROM people ORDER BY age DESC LIMIT 2 OFFSET 1"));
        assertEquals(List.of(List.of("Ann")), query(connection, "SELECT name FROM people ORDER BY name FETCH FIRST 1 ROWS ONLY"));
        assertEquals(List.of(List.of("Bergen"), List.of("Oslo"), List.of("Tromsø")),
                query(connection, "SELECT DISTINCT address.city FROM people ORDER BY address.city"));
    }

    @Test
    void groupByAggregatesAndHaving() throws SQLException {
        assertEquals(List.of(List.of("Oslo", "2", "86", "43.0", "34", "52"), List.of("Bergen", "1", "17", "17.0", "17", "17")),
                query(connection, "SELECT address.city AS city, COUNT(*) AS n, SUM(age), AVG(age), MIN(age), MAX(age) FROM people"
                        + " WHERE age IS NOT NULL GROUP BY address.city ORDER BY n DESC"));
        assertEquals(List.of(List.of("Oslo", "2")),
                query(connection, "SELECT address.city, COUNT(*) FROM people GROUP BY address.city HAVING COUNT(*) > 1"));
        assertEquals(List.of(List.of("4", "3", "3")),
                query(connection, "SELECT COUNT(*), COUNT(age), COUNT(DISTINCT address.city) FROM people"));
        assertEquals(List.of(Arrays.asList("0", null)), query(connection, "SELECT COUNT(*), MAX(age) FROM people WHERE age > 1000"));
    }

    @Test
    void nestedFieldsDottedQuotedAndAlias() throws SQLException {
        assertEquals(List.of(List.of("Bergen", "5003")),
                query(connection, "SELECT \"address.city\", p.address.zip FROM people p WHERE address.city = 'Bergen'"));
    }

    @Test
    void arrayElementsByIndex() throws SQLException {
        assertEquals(List.of(List.of("Ann", "b")), query(connection, "SELECT name, tags[1] AS second FROM people WHERE tags[0] = 'a'"));
    }

    @Test
    void innerAndLeftJoin() throws SQLException {
        assertEquals(List.of(List.of("Ann", "7.5"), List.of("Ann", "20.5"), List.of("Cid", "100.0")),
                query(connection, "SELECT p.name, o.total FROM orders o JOIN people p ON o.customerId = p._id ORDER BY p.name, o.total"));
        assertEquals(List.of(List.of("Ann", "10"), List.of("Ann", "11"), Arrays.asList("Bob", null), List.of("Cid", "12"), Arrays.asList("Dee_1%", null)),
                query(connection, "SELECT p.name, o._id FROM people p LEFT JOIN orders o ON p._id = o.customerId ORDER BY p.name, o._id"));
    }

    @Test
    void inSubquery() throws SQLException {
        assertEquals(List.of(List.of("Ann"), List.of("Cid")),
                query(connection, "SELECT name FROM people WHERE _id IN (SELECT customerId FROM orders WHERE status = 'paid') ORDER BY name"));
        assertEquals(List.of(List.of("Bob"), List.of("Dee_1%")),
                query(connection, "SELECT name FROM people WHERE _id NOT IN (SELECT customerId FROM orders) ORDER BY name"));
    }

    @Test
    void caseAndCast() throws SQLException {
        assertEquals(List.of(List.of("Ann", "adult"), List.of("Bob", "minor")),
                query(connection, "SELECT name, CASE WHEN age < 18 THEN 'minor' ELSE 'adult' END AS band FROM people WHERE _id <= 2 ORDER BY name"));
        try (ResultSet cast = connection.createStatement().executeQuery("SELECT CAST(age AS VARCHAR) AS a FROM people WHERE _id = 1")) {
            assertTrue(cast.next());
            assertEquals("34", cast.getObject(1));
            assertEquals(Types.VARCHAR, cast.getMetaData().getColumnType(1));
        }
    }

    @Test
    void jdbcEscapes() throws SQLException {
        BridgeFixture.seed(DB, "events", "{_id: 1, at: {$date: '2024-03-04T10:11:12Z'}}", "{_id: 2, at: {$date: '2024-03-05T00:00:00Z'}}");
        assertEquals(List.of(List.of("1", "2024")),
                query(connection, "SELECT _id, {fn YEAR(at)} AS y FROM events WHERE at < {d '2024-03-05'}"));
        assertEquals(List.of(List.of("2")), query(connection, "SELECT _id FROM events WHERE at >= {ts '2024-03-04 10:11:13'}"));
        try (ResultSet time = connection.createStatement().executeQuery("SELECT at FROM events WHERE _id = 1")) {
            assertTrue(time.next());
            assertEquals(java.time.Instant.parse("2024-03-04T10:11:12Z"), time.getTimestamp(1).toInstant(), "time of day kept");
        }
    }

    @Test
    void biProbeQueries() throws SQLException {
        try (ResultSet probe = connection.createStatement().executeQuery("SELECT * FROM people WHERE 1 <> 1 LIMIT 0")) {
            assertTrue(probe.getMetaData().getColumnCount() >= 6);
            assertFalse(probe.next());
        }
        assertEquals(List.of(List.of("1")), query(connection, "SELECT 1"));
    }

    @Test
    void nativePassthrough() throws SQLException {
        assertEquals(List.of(List.of("Cid")), query(connection, "db.people.find({age: {$gt: 40}}, {name: 1, _id: 0})"));
        try (ResultSet grouped = connection.createStatement().executeQuery(
                "db.orders.aggregate([{$match: {status: 'paid'}}, {$group: {_id: null, n: {$sum: 1}}}])")) {
            assertTrue(grouped.next());
            assertEquals(3, grouped.getInt("n"));
        }
        try (ResultSet command = connection.createStatement().executeQuery("{\"count\": \"orders\"}")) {
            assertTrue(command.next());
            assertEquals(4, command.getInt("n"));
        }
    }

    @Test
    void unsupportedSqlThrowsInsteadOfReturningRows() {
        SQLFeatureNotSupportedException error = assertThrows(SQLFeatureNotSupportedException.class,
                () -> query(connection, "SELECT name FROM people UNION SELECT status FROM orders"));
        assertTrue(error.getMessage().contains("UNION"));
    }

    @Test
    void documentsAndObjectIdsTypeMapping() throws SQLException {
        BridgeFixture.seed(DB, "things", "{_id: {$oid: '65a1b2c3d4e5f60718293a4b'}, doc: {k: [1, 2]}, big: {$numberLong: '5'},"
                + " price: {$numberDecimal: '9.99'}, bin: {$binary: {base64: 'AQI=', subType: '00'}}}");
        try (ResultSet things = connection.createStatement().executeQuery("SELECT _id, doc, big, price, bin FROM things")) {
            assertTrue(things.next());
            assertEquals("65a1b2c3d4e5f60718293a4b", things.getString(1));
            assertEquals(new org.bson.types.ObjectId("65a1b2c3d4e5f60718293a4b"), things.getObject(1));
            assertEquals(Map.of("k", List.of(1, 2)), things.getObject(2));
            assertEquals("{\"k\": [1, 2]}", things.getString(2));
            assertEquals(5L, things.getObject(3));
            assertEquals(new java.math.BigDecimal("9.99"), things.getObject(4));
            assertEquals(Types.BINARY, things.getMetaData().getColumnType(5));
        }
    }
}
