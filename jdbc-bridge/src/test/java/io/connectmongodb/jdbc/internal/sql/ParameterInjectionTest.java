package io.connectmongodb.jdbc.internal.sql;

import org.bson.BsonDocument;
import org.bson.BsonString;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static io.connectmongodb.jdbc.internal.sql.TranslatorFixture.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Parameter values are values: quotes and operator-looking JSON stay plain strings inside the filter. */
class ParameterInjectionTest {

    @Test
    void stackedStatementsAreRefusedNotTruncated() {
        // found by BadInputCatalogueIT: the part after ';' was silently dropped
        for (String sql : new String[] {"SELECT * FROM people; DROP TABLE people", "DELETE FROM people WHERE a = 1; DELETE FROM people"}) {
            java.sql.SQLSyntaxErrorException e = org.junit.jupiter.api.Assertions.assertThrows(
                    java.sql.SQLSyntaxErrorException.class, () -> SqlTranslator.parse(sql));
            org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("exactly one SQL statement"), e.getMessage());
        }
    }

    @Test
    void aTrailingSemicolonIsStillOneStatement() throws SQLException {
        assertEquals(1, SqlTranslator.parse("SELECT name FROM people WHERE age = ?;").parameterCount());
    }

    @Test
    void quoteInjectionIsAPlainString() throws SQLException {
        FindPlan plan = (FindPlan) plan("SELECT name FROM people WHERE name = ?", new BsonString("x' OR '1'='1"));
        assertEquals(new BsonDocument("name", new BsonDocument("$eq", new BsonString("x' OR '1'='1"))), plan.filter());
    }

    @Test
    void operatorJsonIsAPlainString() throws SQLException {
        FindPlan plan = (FindPlan) plan("SELECT name FROM people WHERE name = ?", new BsonString("{\"$gt\": \"\"}"));
        assertEquals(new BsonDocument("name", new BsonDocument("$eq", new BsonString("{\"$gt\": \"\"}"))), plan.filter());
    }

    @Test
    void documentValuedParameterIsComparedWithEqNotInterpreted() throws SQLException {
        BsonDocument operatorLooking = BsonDocument.parse("{$gt: ''}");
        FindPlan plan = (FindPlan) plan("SELECT name FROM people WHERE name = ?", operatorLooking);
        assertEquals(new BsonDocument("name", new BsonDocument("$eq", operatorLooking)), plan.filter());
    }

    @Test
    void parameterInUpdateIsAValue() throws SQLException {
        UpdatePlan plan = (UpdatePlan) plan("UPDATE people SET name = ? WHERE _id = 1", new BsonString("'; DROP TABLE x; --"));
        assertEquals(BsonDocument.parse("{$set: {name: \"'; DROP TABLE x; --\"}}"), plan.update());
    }

    @Test
    void questionMarksInsideLiteralsAreNotParameters() throws SQLException {
        assertEquals(1, SqlTranslator.parse("SELECT name FROM people WHERE name = '?' AND age = ? -- ?").parameterCount());
    }
}
