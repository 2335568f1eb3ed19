package io.connectmongodb.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bwaldvogel.mongo.MongoServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JDBC bridge against a server that requires SCRAM: the right password connects and queries;
 * a wrong one fails with SQLState 28000 and a message that does not contain the password.
 */
class JdbcAuthenticationIT {
    private static MongoServer server;
    private static String hostAndPort;

    @BeforeAll
    static void start() {
        AuthenticatingBackend backend = new AuthenticatingBackend();
        backend.addSha256User("reporter", "right-horse-battery");
        server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        hostAndPort = "127.0.0.1:" + server.getLocalAddress().getPort();
        new io.connectmongodb.jdbc.MongoDriver();
    }

    @AfterAll
    static void stop() {
        server.shutdownNow();
    }

    private static Properties credentials(String password) {
        Properties properties = new Properties();
        properties.setProperty("user", "reporter");
        properties.setProperty("password", password);
        return properties;
    }

    @Test
    void rightPasswordConnectsAndQueries() throws SQLException {
        String url = "jdbc:mongodb://" + hostAndPort + "/sales?authSource=admin&serverSelectionTimeoutMS=5000";
        try (Connection connection = DriverManager.getConnection(url, credentials("right-horse-battery"));
             Statement statement = connection.createStatement()) {
            assertTrue(connection.isValid(5));
            statement.executeUpdate("INSERT INTO orders (_id, total) VALUES (1, 10), (2, 32)");
            try (ResultSet rows = statement.executeQuery("SELECT SUM(total) AS sum FROM orders")) {
                assertTrue(rows.next());
                assertEquals(42, rows.getLong("sum"));
            }
        }
    }

    @Test
    void wrongPasswordIs28000WithoutThePassword() {
        String url = "jdbc:mongodb://" + hostAndPort + "/sales?authSource=admin&serverSelectionTimeoutMS=5000";
        SQLException error = assertThrows(SQLException.class,
                () -> DriverManager.getConnection(url, credentials("wrong-zebra-staple")).createStatement()
                        .executeQuery("SELECT * FROM orders").next());
        assertEquals("28000", error.getSQLState(), error.getMessage());
        for (Throwable t = error; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains("wrong-zebra-staple"), t.toString());
            assertFalse(t.toString().contains("right-horse-battery"), t.toString());
        }
    }
}
