package io.connectmongodb.jdbc.internal.sql;

import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLSyntaxErrorException;
import java.util.List;

import static io.connectmongodb.jdbc.internal.sql.TranslatorFixture.assertCommand;
import static io.connectmongodb.jdbc.internal.sql.TranslatorFixture.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NativeTranslationTest {

    @Test
    void jsonCommandRunsAsIs() throws SQLException {
        CommandPlan plan = assertInstanceOf(CommandPlan.class, plan("  {\"count\": \"people\", \"query\": {\"age\": {\"$gt\": 3}}} "));
        assertEquals(BsonDocument.parse("{count: 'people', query: {age: {$gt: 3}}}"), plan.command());
    }

    @Test
    void shellFindWithChain() throws SQLException {
        assertCommand("{find: 'people', filter: {age: {$gt: 3}}, projection: {name: 1}, sort: {name: -1}, skip: 1, limit: 2}",
                "db.people.find({age: {$gt: 3}}, {name: 1}).sort({name: -1}).skip(1).limit(2);");
        FindPlan plan = assertInstanceOf(FindPlan.class, plan("db.people.find({}, {name: 1})"));
        assertEquals(List.of("_id", "name"), plan.columns().stream().map(OutputColumn::label).toList());
        FindPlan all = assertInstanceOf(FindPlan.class, plan("db.people.find()"));
        assertEquals(7, all.columns().size());
    }

    @Test
    void shellFindHandlesParenthesesInsideStrings() throws SQLException {
        assertCommand("{find: 'people', filter: {name: 'a) b('}}", "db.people.find({name: 'a) b('})");
    }

    @Test
    void shellAggregate() throws SQLException {
        AggregatePlan plan = assertInstanceOf(AggregatePlan.class,
                plan("db.orders.aggregate([{$match: {status: 'A'}}, {$group: {_id: '$customerId', n: {$sum: 1}}}])"));
        assertEquals(BsonDocument.parse("{aggregate: 'orders', pipeline: [{$match: {status: 'A'}},"
                + " {$group: {_id: '$customerId', n: {$sum: 1}}}], cursor: {}}"), plan.toCommand());
        assertTrue(plan.columns().isEmpty(), "columns come from the first row");
    }

    @Test
    void otherShellMethodsAndBadJsonAreRefused() {
        assertThrows(SQLFeatureNotSupportedException.class, () -> plan("db.people.insertOne({a: 1})"));
        assertThrows(SQLFeatureNotSupportedException.class, () -> plan("db.people.find({}).explain()"));
        assertThrows(SQLSyntaxErrorException.class, () -> plan("{\"find\": "));
        assertThrows(SQLSyntaxErrorException.class, () -> plan("db.people.find({a: 1}"));
    }
}
