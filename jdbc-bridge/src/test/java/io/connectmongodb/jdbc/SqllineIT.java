package io.connectmongodb.jdbc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sqlline.SqlLine;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** sqlline, a real JDBC shell, drives the bridge through a script; its output is asserted. */
class SqllineIT {

    @Test
    void scriptWithMetadataCommandsQueriesAndWrites(@TempDir Path directory) throws Exception {
        String database = BridgeFixture.newDatabase("sqlline");
        BridgeFixture.seed(database, "fruit", "{_id: 1, name: 'apple', price: 1.25, origin: {country: 'NO'}}",
                "{_id: 2, name: 'banana', price: 0.5, origin: {country: 'EC'}}");
        Path script = directory.resolve("script.sql");
        Files.write(script, List.of(
                "!tables",
                "!columns fruit",
                "SELECT name, price FROM fruit ORDER BY name;",
                "INSERT INTO fruit (_id, name, price, origin.country) VALUES (3, 'cherry', 3.0, 'TR');",
                "UPDATE fruit SET price = 0.75 WHERE name = 'banana';",
                "DELETE FROM fruit WHERE _id = 1;",
                "SELECT name, price, origin.country FROM fruit ORDER BY _id;",
                "SELECT COUNT(*) AS n FROM fruit;"), StandardCharsets.UTF_8);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        SqlLine sqlLine = new SqlLine();
        sqlLine.setOutputStream(new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
        sqlLine.setErrorStream(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        SqlLine.Status status = sqlLine.begin(new String[] {
            "-d", MongoDriver.class.getName(), "-u", BridgeFixture.jdbcUrl(database, ""), "-n", "", "-p", "",
            "--color=false", "--outputformat=csv", "--showHeader=true", "--silent=false", "--run=" + script}, null, false);
        String output = out.toString(StandardCharsets.UTF_8);
        String errors = err.toString(StandardCharsets.UTF_8);
        System.out.println("sqlline output:\n" + output + "\nsqlline errors:\n" + errors);

        assertEquals(SqlLine.Status.OK, status, errors);
        assertFalse(errors.contains("Error"), errors);
        assertTrue(output.contains("'fruit'") && output.contains("'TABLE'"), "!tables lists the collection");
        assertTrue(output.contains("'origin.country'") && output.contains("'DOUBLE'"), "!columns lists inferred columns");
        assertTrue(output.contains("'name','price'\n'apple','1.25'\n'banana','0.5'"), "first SELECT");
        assertTrue(output.contains("'name','price','origin.country'\n'banana','0.75','EC'\n'cherry','3.0','TR'"), "SELECT after DML");
        assertTrue(output.contains("'n'\n'2'"), "COUNT(*)");
        assertTrue(output.contains("'fruit','price','DOUBLE'") || output.contains("'price','8','DOUBLE'"), "price is DOUBLE");
    }
}
