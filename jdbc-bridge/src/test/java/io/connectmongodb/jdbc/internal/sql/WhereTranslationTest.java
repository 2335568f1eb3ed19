package io.connectmongodb.jdbc.internal.sql;

import org.bson.BsonDocument;
import org.bson.BsonString;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static io.connectmongodb.jdbc.internal.sql.TranslatorFixture.assertCommand;
import static io.connectmongodb.jdbc.internal.sql.TranslatorFixture.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WhereTranslationTest {

    private static final String NONE = "{_id: {$exists: false}}";

    private static void assertFilter(String expectedFilter, String where, org.bson.BsonValue... parameters) throws SQLException {
        FindPlan plan = (FindPlan) plan("SELECT name FROM people WHERE " + where, parameters);
        assertEquals(BsonDocument.parse(expectedFilter), plan.filter(), where);
    }

    @Test
    void comparisons() throws SQLException {
        assertFilter("{age: {$eq: 30}}", "age = 30");
        assertFilter("{age: {$gt: 30}}", "age > 30");
        assertFilter("{age: {$gte: 30}}", "age >= 30");
        assertFilter("{age: {$lt: 30}}", "age < 30");
        assertFilter("{age: {$lte: 30}}", "age <= 30");
        assertFilter("{age: {$gt: 30}}", "30 < age");
    }

    @Test
    void notEqualExcludesNullLikeSql() throws SQLException {
        assertFilter("{age: {$nin: [30, null]}}", "age <> 30");
        assertFilter("{age: {$nin: [30, null]}}", "age != 30");
    }

    @Test
    void comparisonWithNullMatchesNothing() throws SQLException {
        assertFilter(NONE, "age = NULL");
        assertFilter(NONE, "age <> NULL");
    }

    @Test
    void andOrNotWithNegationPushedDown() throws SQLException {
        assertFilter("{$and: [{age: {$gt: 1}}, {name: {$eq: 'a'}}]}", "age > 1 AND name = 'a'");
        assertFilter("{$or: [{age: {$gt: 1}}, {name: {$eq: 'a'}}]}", "age > 1 OR name = 'a'");
        assertFilter("{age: {$lte: 1}}", "NOT age > 1");
        assertFilter("{$or: [{age: {$lte: 1}}, {name: {$nin: ['a', null]}}]}", "NOT (age > 1 AND name = 'a')");
        assertFilter("{$and: [{age: {$lte: 1}}, {name: {$eq: 'a'}}]}", "NOT (age > 1 OR name <> 'a')");
    }

    @Test
    void inAndNotIn() throws SQLException {
        assertFilter("{age: {$in: [1, 2, 3]}}", "age IN (1, 2, 3)");
        assertFilter("{age: {$nin: [1, 2, null]}}", "age NOT IN (1, 2)");
        assertFilter(NONE, "age NOT IN (1, NULL)");
        assertFilter("{age: {$in: [1]}}", "age IN (1, NULL)");
    }

    @Test
    void between() throws SQLException {
        assertFilter("{age: {$gte: 18, $lte: 65}}", "age BETWEEN 18 AND 65");
        assertFilter("{$or: [{age: {$lt: 18}}, {age: {$gt: 65}}]}", "age NOT BETWEEN 18 AND 65");
    }

    @Test
    void likeBecomesAnchoredEscapedRegex() throws SQLException {
        assertFilter("{name: {$regularExpression: {pattern: '^J.*n\\\\.x.$', options: 's'}}}", "name LIKE 'J%n.x_'");
        assertFilter("{name: {$regularExpression: {pattern: '^100%$', options: 's'}}}", "name LIKE '100\\%' ESCAPE '\\'");
        assertFilter("{name: {$not: {$regularExpression: {pattern: '^a.*$', options: 's'}}, $ne: null}}", "name NOT LIKE 'a%'");
        assertFilter("{name: {$regularExpression: {pattern: '^\\\\(a\\\\)\\\\[b\\\\]\\\\$\\\\^.*$', options: 's'}}}", "name LIKE '(a)[b]$^%'");
    }

    @Test
    void likePatternFromParameter() throws SQLException {
        assertFilter("{name: {$regularExpression: {pattern: '^Jo.*$', options: 's'}}}", "name LIKE ?", new BsonString("Jo%"));
    }

    @Test
    void isNullAndIsNotNull() throws SQLException {
        assertFilter("{age: {$eq: null}}", "age IS NULL");
        assertFilter("{age: {$ne: null}}", "age IS NOT NULL");
        assertFilter("{age: {$ne: null}}", "NOT age IS NULL");
    }

    @Test
    void arithmeticUsesExprWithNullGuards() throws SQLException {
        assertFilter("{$expr: {$and: [{$gt: [{$multiply: ['$age', 2]}, null]}, {$gt: [{$multiply: ['$age', 2]}, 60]}]}}",
                "age * 2 > 60");
        assertFilter("{$expr: {$and: [{$gt: ['$age', null]}, {$gt: ['$zip', null]}, {$eq: ['$age', '$zip']}]}}", "age = zip");
        assertFilter("{$expr: {$and: [{$gt: [{$add: ['$age', 1]}, null]}, {$lte: [{$add: ['$age', 1]}, 10]}]}}", "NOT (age + 1 > 10)");
    }

    @Test
    void arrayElementByIndex() throws SQLException {
        assertFilter("{'tags.0': {$eq: 'red'}}", "tags[0] = 'red'");
    }

    @Test
    void booleanColumnAndConstants() throws SQLException {
        assertFilter("{active: {$eq: true}}", "active");
        assertFilter("{active: {$eq: false}}", "NOT active");
        assertFilter("{active: {$eq: true}}", "active = TRUE");
    }

    @Test
    void functionsInWhere() throws SQLException {
        assertFilter("{$expr: {$and: [{$gt: [{$toUpper: '$name'}, null]}, {$eq: [{$toUpper: '$name'}, 'BOB']}]}}",
                "{fn UCASE(name)} = 'BOB'");
    }

    @Test
    void inSubqueryBecomesLookup() throws SQLException {
        assertCommand("{aggregate: 'people', pipeline: ["
                        + "{$lookup: {from: 'orders', localField: '_id', foreignField: 'customerId', as: '__in0'}},"
                        + "{$match: {__in0: {$elemMatch: {status: {$eq: 'paid'}}}}},"
                        + "{$project: {name: '$name', _id: 0}}], cursor: {}}",
                "SELECT name FROM people WHERE _id IN (SELECT customerId FROM orders WHERE status = 'paid')");
        assertCommand("{aggregate: 'people', pipeline: ["
                        + "{$lookup: {from: 'orders', localField: '_id', foreignField: 'customerId', as: '__in0'}},"
                        + "{$match: {$and: [{_id: {$ne: null}}, {__in0: {$size: 0}}]}},"
                        + "{$project: {name: '$name', _id: 0}}], cursor: {}}",
                "SELECT name FROM people WHERE _id NOT IN (SELECT customerId FROM orders)");
    }

    @Test
    void subqueryOfOtherShapeIsRefused() {
        var error = assertThrows(java.sql.SQLFeatureNotSupportedException.class,
                () -> plan("SELECT name FROM people WHERE _id IN (SELECT customerId FROM orders GROUP BY customerId)"));
        assertEquals("0A000", error.getSQLState());
    }

    @Test
    void missingParameterIsReported() {
        var error = assertThrows(SQLException.class, () -> plan("SELECT name FROM people WHERE age = ?"));
        assertEquals("07001", error.getSQLState());
    }
}
