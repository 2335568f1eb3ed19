package io.connectmongodb.jdbc.internal.sql;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.sql.SQLFeatureNotSupportedException;

import static io.connectmongodb.jdbc.internal.sql.TranslatorFixture.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnsupportedSqlTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "SELECT a FROM people UNION SELECT b FROM orders | UNION/INTERSECT/EXCEPT",
            "WITH x AS (SELECT a FROM people) SELECT a FROM x | WITH (common table expressions)",
            "SELECT p.name FROM people p RIGHT JOIN orders o ON p._id = o.customerId | RIGHT JOIN",
            "SELECT p.name FROM people p FULL JOIN orders o ON p._id = o.customerId | FULL JOIN",
            "SELECT p.name FROM people p CROSS JOIN orders o | CROSS JOIN",
            "SELECT p.name FROM people p, orders o | comma-separated (implicit) join",
            "SELECT p.name FROM people p JOIN orders o ON p._id > o.customerId | JOIN condition other than one equality",
            "SELECT name FROM (SELECT name FROM people) x | FROM with a subquery",
            "CREATE TABLE t (a INT) | statement CREATE TABLE",
            "DROP TABLE people | statement DROP",
            "SELECT SOUNDEX(name) FROM people | function SOUNDEX",
            "SELECT CAST(name AS BLOB) FROM people | CAST to BLOB",
            "SELECT name FROM people ORDER BY name ASC NULLS LAST | NULLS_LAST with ASC",
            "SELECT name FROM other.people | a table of another database",
            "SELECT SUM(DISTINCT age) FROM people | SUM(DISTINCT ...)",
            "SELECT name FROM people FOR UPDATE | SELECT ... FOR UPDATE",
            "SELECT DISTINCT name FROM people ORDER BY age | ORDER BY age that is not in the SELECT list",
            "UPDATE people SET a = 1 ORDER BY a LIMIT 1 | UPDATE with ORDER BY, LIMIT",
            "SELECT name FROM people WHERE name LIKE age | LIKE with a pattern that is not a string",
            "SELECT {t '10:00:00'} AS t FROM people | time value",
    })
    void refusedWithTheConstructNamed(String sql, String construct) {
        SQLFeatureNotSupportedException error = assertThrows(SQLFeatureNotSupportedException.class, () -> plan(sql));
        assertEquals("0A000", error.getSQLState());
        assertTrue(error.getMessage().contains(construct), error.getMessage());
    }
}
