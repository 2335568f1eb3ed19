package io.connectmongodb.jdbc.internal.sql;

import org.bson.BsonInt32;
import org.bson.BsonType;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;

import static io.connectmongodb.jdbc.internal.sql.TranslatorFixture.assertCommand;
import static io.connectmongodb.jdbc.internal.sql.TranslatorFixture.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SelectFindTranslationTest {

    @Test
    void columnListBecomesInclusionProjectionWithoutId() throws SQLException {
        assertCommand("{find: 'people', filter: {}, projection: {name: 1, age: 1, _id: 0}}", "SELECT name, age FROM people");
    }

    @Test
    void starExpandsToInferredColumns() throws SQLException {
        FindPlan plan = assertInstanceOf(FindPlan.class, plan("SELECT * FROM people"));
        List<String> labels = plan.columns().stream().map(OutputColumn::label).toList();
        assertEquals(List.of("_id", "name", "age", "address.city", "address.zip", "tags", "active"), labels);
        assertEquals(List.of("address", "city"), plan.columns().get(3).path());
        assertEquals(BsonType.INT32, plan.columns().get(2).typeHint());
        assertTrue(plan.projection().containsKey("_id"));
    }

    @Test
    void aliasesLabelColumns() throws SQLException {
        FindPlan plan = assertInstanceOf(FindPlan.class, plan("SELECT p.name AS who, p.age years FROM people p"));
        assertEquals("who", plan.columns().get(0).label());
        assertEquals("years", plan.columns().get(1).label());
        assertEquals(List.of("name"), plan.columns().get(0).path());
    }

    @Test
    void dottedAndQuotedNestedFields() throws SQLException {
        assertCommand("{find: 'people', filter: {'address.city': {$eq: 'Paris'}}, projection: {'address.city': 1, 'address.zip': 1, _id: 0}}",
                "SELECT \"address.city\", address.zip FROM people WHERE address.city = 'Paris'");
    }

    @Test
    void tableAliasIsNotMistakenForNestedField() throws SQLException {
        assertCommand("{find: 'people', filter: {}, projection: {name: 1, _id: 0}}", "SELECT people.name FROM people");
        assertCommand("{find: 'people', filter: {}, projection: {'address.city': 1, _id: 0}}", "SELECT a.address.city FROM people a");
    }

    @Test
    void aliasEqualToNestedDocumentResolvedAgainstSchema() throws SQLException {
        // alias "address" names the table, but the table has no field "city" while it has "address.city"
        assertCommand("{find: 'people', filter: {}, projection: {'address.city': 1, _id: 0}}", "SELECT address.city FROM people address");
    }

    @Test
    void orderByLimitOffset() throws SQLException {
        assertCommand("{find: 'people', filter: {}, projection: {name: 1, _id: 0}, sort: {age: -1, name: 1}, skip: 5, limit: 10}",
                "SELECT name FROM people ORDER BY age DESC, name LIMIT 10 OFFSET 5");
        assertCommand("{find: 'people', filter: {}, projection: {name: 1, _id: 0}, skip: 5, limit: 10}",
                "SELECT name FROM people LIMIT 5, 10");
    }

    @Test
    void fetchFirstAndOffsetRows() throws SQLException {
        assertCommand("{find: 'people', filter: {}, projection: {name: 1, _id: 0}, sort: {name: 1}, skip: 2, limit: 3}",
                "SELECT name FROM people ORDER BY name OFFSET 2 ROWS FETCH FIRST 3 ROWS ONLY");
        assertCommand("{find: 'people', filter: {}, projection: {name: 1, _id: 0}, limit: 1}",
                "SELECT name FROM people FETCH FIRST ROW ONLY");
    }

    @Test
    void orderByAliasAndOrdinal() throws SQLException {
        assertCommand("{find: 'people', filter: {}, projection: {name: 1, age: 1, _id: 0}, sort: {age: 1, name: -1}}",
                "SELECT name AS n, age FROM people ORDER BY 2, n DESC");
    }

    @Test
    void limitAndOffsetAsParameters() throws SQLException {
        assertCommand("{find: 'people', filter: {}, projection: {name: 1, _id: 0}, skip: 3, limit: 2}",
                "SELECT name FROM people LIMIT ? OFFSET ?", new BsonInt32(2), new BsonInt32(3));
    }

    @Test
    void limitZeroProbeRunsNothing() throws SQLException {
        FindPlan plan = assertInstanceOf(FindPlan.class, plan("SELECT * FROM people WHERE 1 <> 1 LIMIT 0"));
        assertTrue(plan.emptyResult());
        assertEquals(FilterBuilder.none(), plan.filter());
        assertEquals(7, plan.columns().size());
    }

    @Test
    void whereOneEqualsOneMatchesEverything() throws SQLException {
        assertCommand("{find: 'people', filter: {}, projection: {name: 1, _id: 0}}", "SELECT name FROM people WHERE 1 = 1");
    }

    @Test
    void selectWithoutFromIsComputedLocally() throws SQLException {
        ValuesPlan plan = assertInstanceOf(ValuesPlan.class, plan("SELECT 1"));
        assertEquals(new BsonInt32(1), plan.row().get("c1"));
        assertEquals("1", plan.columns().get(0).label());
        ValuesPlan aliased = assertInstanceOf(ValuesPlan.class, plan("SELECT 'x' AS a, -2 AS b"));
        assertEquals("a", aliased.columns().get(0).label());
        assertEquals(new BsonInt32(-2), aliased.row().get("c2"));
    }

    @Test
    void tableQualifiedWithCurrentDatabaseIsAccepted() throws SQLException {
        assertCommand("{find: 'people', filter: {}, projection: {name: 1, _id: 0}}", "SELECT name FROM shop.people");
    }

    @Test
    void quotedTableName() throws SQLException {
        assertCommand("{find: 'my people', filter: {}, projection: {name: 1, _id: 0}}", "SELECT name FROM \"my people\"");
    }

    @Test
    void jdbcDateAndTimestampEscapes() throws SQLException {
        assertCommand("{find: 'orders', filter: {$and: [{created: {$gte: {$date: '2024-01-02T00:00:00Z'}}},"
                        + " {created: {$lt: {$date: '2024-01-02T10:11:12Z'}}}]}, projection: {total: 1, _id: 0}}",
                "SELECT total FROM orders WHERE created >= {d '2024-01-02'} AND created < {ts '2024-01-02 10:11:12'}");
    }
}
