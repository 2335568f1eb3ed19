package io.connectmongodb.jdbc.internal.sql;

import org.bson.BsonInt32;
import org.bson.BsonNull;
import org.bson.BsonString;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLSyntaxErrorException;

import static io.connectmongodb.jdbc.internal.sql.TranslatorFixture.assertCommand;
import static io.connectmongodb.jdbc.internal.sql.TranslatorFixture.plan;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WriteTranslationTest {

    @Test
    void insertMultiRowValues() throws SQLException {
        assertCommand("{insert: 'people', documents: [{name: 'a', age: 1, 'address': {city: 'X'}},"
                        + " {name: 'b', age: null, address: {city: 'Y'}}]}",
                "INSERT INTO people (name, age, address.city) VALUES ('a', 1, 'X'), ('b', NULL, 'Y')");
    }

    @Test
    void insertSingleRowWithParameters() throws SQLException {
        assertCommand("{insert: 'people', documents: [{_id: 7, name: 'p', born: {$date: '2020-05-06T00:00:00Z'}}]}",
                "INSERT INTO people (_id, name, born) VALUES (?, ?, {d '2020-05-06'})", new BsonInt32(7), new BsonString("p"));
    }

    @Test
    void insertWithoutColumnsOrFromSelectIsRefused() {
        assertThrows(SQLFeatureNotSupportedException.class, () -> plan("INSERT INTO people VALUES (1, 2)"));
        assertThrows(SQLFeatureNotSupportedException.class, () -> plan("INSERT INTO people (a) SELECT name FROM people"));
        assertThrows(SQLSyntaxErrorException.class, () -> plan("INSERT INTO people (a, b) VALUES (1)"));
    }

    @Test
    void updateBecomesSetUnsetInc() throws SQLException {
        assertCommand("{update: 'people', updates: [{q: {name: {$eq: 'a'}}, u: {$set: {'address.city': 'Z'}, $unset: {nick: ''},"
                        + " $inc: {age: 1, score: -2.5}}, multi: true}]}",
                "UPDATE people SET address.city = 'Z', nick = NULL, age = age + 1, score = score - 2.5 WHERE name = 'a'");
    }

    @Test
    void updateComputedFromOtherFieldsUsesPipeline() throws SQLException {
        assertCommand("{update: 'orders', updates: [{q: {}, u: [{$set: {total: {$multiply: ['$price', '$qty']},"
                        + " status: {$literal: 'x'}}}, {$unset: ['note']}], multi: true}]}",
                "UPDATE orders SET total = price * qty, status = 'x', note = NULL");
    }

    @Test
    void updateWithParameters() throws SQLException {
        assertCommand("{update: 'people', updates: [{q: {_id: {$eq: 3}}, u: {$set: {name: 'n'}}, multi: true}]}",
                "UPDATE people SET name = ? WHERE _id = ?", new BsonString("n"), new BsonInt32(3));
    }

    @Test
    void deleteWithAndWithoutWhere() throws SQLException {
        assertCommand("{delete: 'people', deletes: [{q: {age: {$lt: 18}}, limit: 0}]}", "DELETE FROM people WHERE age < 18");
        assertCommand("{delete: 'people', deletes: [{q: {}, limit: 0}]}", "DELETE FROM people");
    }

    @Test
    void nullParameterInsertsNull() throws SQLException {
        assertCommand("{insert: 'people', documents: [{name: null}]}", "INSERT INTO people (name) VALUES (?)", BsonNull.VALUE);
    }

    @Test
    void subqueryInDeleteIsRefusedByName() {
        var error = assertThrows(SQLFeatureNotSupportedException.class,
                () -> plan("DELETE FROM people WHERE _id IN (SELECT customerId FROM orders)"));
        assertTrue(error.getMessage().contains("IN (subquery)"), error.getMessage());
    }
}
