package io.connectmongodb.jdbc.internal.sql;

import org.bson.BsonDocument;
import org.bson.BsonType;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;

import static io.connectmongodb.jdbc.internal.sql.TranslatorFixture.assertCommand;
import static io.connectmongodb.jdbc.internal.sql.TranslatorFixture.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AggregateTranslationTest {

    @Test
    void expressionsInProjection() throws SQLException {
        assertCommand("{aggregate: 'orders', pipeline: [{$project: {"
                        + "total: '$total', withTax: {$multiply: ['$total', 1.2]}, one: {$literal: 1}, _id: 0}}], cursor: {}}",
                "SELECT total, total * 1.2 AS withTax, 1 AS one FROM orders");
    }

    @Test
    void arrayElementInProjection() throws SQLException {
        assertCommand("{aggregate: 'people', pipeline: [{$project: {tags_0: {$arrayElemAt: ['$tags', 0]}, _id: 0}}], cursor: {}}",
                "SELECT tags[0] FROM people");
    }

    @Test
    void groupByWithAggregatesAndHaving() throws SQLException {
        AggregatePlan plan = assertInstanceOf(AggregatePlan.class, plan(
                "SELECT status, COUNT(*) AS n, SUM(total) AS sum, AVG(total), MIN(total), MAX(total) FROM orders "
                        + "GROUP BY status HAVING COUNT(*) > 1 ORDER BY n DESC"));
        assertEquals(BsonDocument.parse("{aggregate: 'orders', pipeline: ["
                + "{$group: {_id: {g0: '$status'}, a0: {$sum: 1}, a1: {$sum: '$total'}, a2: {$avg: '$total'},"
                + " a3: {$min: '$total'}, a4: {$max: '$total'}}},"
                + "{$match: {$expr: {$and: [{$gt: ['$a0', null]}, {$gt: ['$a0', 1]}]}}},"
                + "{$project: {status: '$_id.g0', n: '$a0', sum: '$a1', 'AVG(total)': '$a2', 'MIN(total)': '$a3',"
                + " 'MAX(total)': '$a4', _id: 0}},"
                + "{$sort: {n: -1}}], cursor: {}}"), plan.toCommand());
        assertEquals(BsonType.INT64, plan.columns().get(1).typeHint());
        assertNull(plan.rowWhenEmpty());
    }

    @Test
    void countVariants() throws SQLException {
        assertCommand("{aggregate: 'orders', pipeline: ["
                        + "{$group: {_id: null, a0: {$sum: {$cond: [{$gt: ['$status', null]}, 1, 0]}}, a1: {$addToSet: '$status'}}},"
                        + "{$project: {'COUNT(status)': '$a0', 'COUNT(DISTINCT status)': {$size: {$filter: {input: '$a1',"
                        + " cond: {$gt: ['$$this', null]}}}}, _id: 0}}], cursor: {}}",
                "SELECT COUNT(status), COUNT(DISTINCT status) FROM orders");
    }

    @Test
    void globalAggregateReturnsOneRowEvenWhenEmpty() throws SQLException {
        AggregatePlan plan = assertInstanceOf(AggregatePlan.class, plan("SELECT COUNT(*) AS n, MAX(total) AS m FROM orders"));
        assertEquals(BsonDocument.parse("{n: {$numberLong: '0'}, m: null}"), plan.rowWhenEmpty());
    }

    @Test
    void groupKeyExpressionAndSelectOfIt() throws SQLException {
        assertCommand("{aggregate: 'people', pipeline: ["
                        + "{$group: {_id: {g0: {$toUpper: '$address.city'}}, a0: {$sum: 1}}},"
                        + "{$project: {city: '$_id.g0', 'COUNT(*)': '$a0', _id: 0}}], cursor: {}}",
                "SELECT UPPER(address.city) AS city, COUNT(*) FROM people GROUP BY UPPER(address.city)");
    }

    @Test
    void columnOutsideGroupByIsAnError() {
        var error = assertThrows(SQLSyntaxErrorException.class, () -> plan("SELECT name, COUNT(*) FROM people GROUP BY age"));
        assertTrue(error.getMessage().contains("GROUP BY"));
    }

    @Test
    void distinctGroupsOnTheWholeRow() throws SQLException {
        assertCommand("{aggregate: 'people', pipeline: ["
                        + "{$project: {address_city: '$address.city', _id: 0}},"
                        + "{$group: {_id: '$$ROOT'}}, {$replaceRoot: {newRoot: '$_id'}},"
                        + "{$sort: {address_city: 1}}, {$limit: 5}], cursor: {}}",
                "SELECT DISTINCT address.city FROM people ORDER BY address.city LIMIT 5");
    }

    @Test
    void innerJoinBecomesLookupAndUnwind() throws SQLException {
        AggregatePlan plan = assertInstanceOf(AggregatePlan.class, plan(
                "SELECT o.total, c.name FROM orders o JOIN people c ON o.customerId = c._id WHERE c.age > 30 ORDER BY o.total"));
        assertEquals(BsonDocument.parse("{aggregate: 'orders', pipeline: ["
                + "{$match: {customerId: {$ne: null}}},"
                + "{$lookup: {from: 'people', localField: 'customerId', foreignField: '_id', as: 'c'}},"
                + "{$unwind: {path: '$c', preserveNullAndEmptyArrays: false}},"
                + "{$match: {'c.age': {$gt: 30}}},"
                + "{$sort: {total: 1}},"
                + "{$project: {total: '$total', name: '$c.name', _id: 0}}], cursor: {}}"), plan.toCommand());
        assertEquals("name", plan.columns().get(1).label());
    }

    @Test
    void leftJoinKeepsUnmatchedRows() throws SQLException {
        assertCommand("{aggregate: 'people', pipeline: ["
                        + "{$lookup: {from: 'orders', localField: '_id', foreignField: 'customerId', as: 'o'}},"
                        + "{$addFields: {o: {$cond: [{$gt: ['$_id', null]}, '$o', []]}}},"
                        + "{$unwind: {path: '$o', preserveNullAndEmptyArrays: true}},"
                        + "{$project: {name: '$name', total: '$o.total', _id: 0}}], cursor: {}}",
                "SELECT p.name, o.total FROM people p LEFT JOIN orders o ON p._id = o.customerId");
    }

    @Test
    void unqualifiedColumnOnlyInJoinedTableResolvesThere() throws SQLException {
        AggregatePlan plan = assertInstanceOf(AggregatePlan.class, plan(
                "SELECT name, total FROM people p JOIN orders o ON o.customerId = p._id"));
        assertEquals(BsonDocument.parse("{name: '$name', total: '$o.total', _id: 0}"),
                plan.pipeline().get(plan.pipeline().size() - 1).getDocument("$project"));
    }

    @Test
    void caseExpression() throws SQLException {
        assertCommand("{aggregate: 'people', pipeline: [{$project: {band: {$cond: ["
                        + "{$and: [{$gt: ['$age', null]}, {$lt: ['$age', 18]}]}, 'minor', 'adult']}, _id: 0}}], cursor: {}}",
                "SELECT CASE WHEN age < 18 THEN 'minor' ELSE 'adult' END AS band FROM people");
        assertCommand("{aggregate: 'orders', pipeline: [{$project: {s: {$cond: ["
                        + "{$and: [{$gt: ['$status', null]}, {$eq: ['$status', 'A']}]}, 1,"
                        + " {$cond: [{$and: [{$gt: ['$status', null]}, {$eq: ['$status', 'B']}]}, 2, null]}]}, _id: 0}}], cursor: {}}",
                "SELECT CASE status WHEN 'A' THEN 1 WHEN 'B' THEN 2 END AS s FROM orders");
    }

    @Test
    void castExpressions() throws SQLException {
        AggregatePlan plan = assertInstanceOf(AggregatePlan.class, plan(
                "SELECT CAST(age AS VARCHAR(10)) AS a, CAST(total AS INTEGER) AS b, CAST(x AS DECIMAL(10,2)) AS c,"
                        + " CAST(d AS TIMESTAMP) AS d FROM people"));
        assertEquals(BsonDocument.parse("{a: {$toString: '$age'}, b: {$toInt: '$total'}, c: {$toDecimal: '$x'},"
                + " d: {$toDate: '$d'}, _id: 0}"), plan.pipeline().get(0).getDocument("$project"));
        assertEquals(BsonType.STRING, plan.columns().get(0).typeHint());
        assertEquals(BsonType.INT32, plan.columns().get(1).typeHint());
        assertEquals(BsonType.DECIMAL128, plan.columns().get(2).typeHint());
        assertEquals(BsonType.DATE_TIME, plan.columns().get(3).typeHint());
    }

    @Test
    void jdbcFunctionEscapes() throws SQLException {
        assertCommand("{aggregate: 'people', pipeline: [{$project: {u: {$toUpper: '$name'},"
                        + " s: {$substrCP: ['$name', {$subtract: [1, 1]}, 2]}, c: {$concat: ['$name', '!']},"
                        + " l: {$strLenCP: '$name'}, y: {$year: '$born'}, n: {$ifNull: ['$nick', '$name']}, _id: 0}}], cursor: {}}",
                "SELECT {fn UCASE(name)} AS u, {fn SUBSTRING(name, 1, 2)} AS s, {fn CONCAT(name, '!')} AS c,"
                        + " {fn LENGTH(name)} AS l, {fn YEAR(born)} AS y, {fn IFNULL(nick, name)} AS n FROM people");
    }

    @Test
    void orderByComputedExpressionSortsOnHiddenField() throws SQLException {
        assertCommand("{aggregate: 'orders', pipeline: [{$addFields: {__sort0: {$multiply: [-1, '$total']}}},"
                        + " {$sort: {__sort0: 1}}, {$project: {total: '$total', _id: 0}}], cursor: {}}",
                "SELECT total FROM orders ORDER BY -total");
    }

    @Test
    void stringConcatOperatorAndLiteralsStartingWithDollar() throws SQLException {
        assertCommand("{aggregate: 'people', pipeline: [{$project: {x: {$concat: ['$name', {$literal: '$USD'}]}, _id: 0}}], cursor: {}}",
                "SELECT name || '$USD' AS x FROM people");
    }
}
