package io.connectmongodb.jdbc.internal.connection;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JdbcUrlTest {

    @Test
    void bridgeOptionsAreRemovedAndDriverOptionsPassThrough() throws SQLException {
        JdbcUrl url = JdbcUrl.parse("jdbc:mongodb://h1:27017,h2/shop?replicaSet=rs0&sampleSize=50&readOnly=true"
                + "&fetchSize=500&schemaCacheTtlSeconds=9&appName=bi", new Properties());
        assertEquals("mongodb://h1:27017,h2/shop?replicaSet=rs0&appName=bi", url.connectionString());
        assertEquals("shop", url.database());
        assertEquals(new BridgeSettings(50, Duration.ofSeconds(9), 500, true, "test"), url.settings());
    }

    @Test
    void srvSchemeAndDefaultDatabase() throws SQLException {
        JdbcUrl url = JdbcUrl.parse("jdbc:mongodb+srv://cluster.example.com", new Properties());
        assertEquals("mongodb+srv://cluster.example.com/", url.connectionString());
        assertEquals("test", url.database());
        Properties info = new Properties();
        info.setProperty("database", "sales");
        assertEquals("sales", JdbcUrl.parse("jdbc:mongodb://h/", info).database());
    }

    @Test
    void propertiesOverrideTheUrlAndCredentialsAreEncoded() throws SQLException {
        Properties info = new Properties();
        info.setProperty("user", "ann@corp");
        info.setProperty("password", "p:w/d");
        info.setProperty("readOnly", "false");
        JdbcUrl url = JdbcUrl.parse("jdbc:mongodb://h/db?readOnly=true", info);
        assertFalse(url.settings().readOnly());
        assertEquals("mongodb://ann%40corp:p%3Aw%2Fd@h/db", url.connectionString());
        assertEquals("mongodb://****@h/db", url.redacted());
        assertFalse(url.toString().contains("p%3Aw"));
    }

    @Test
    void badInputIsRejectedBeforeAnythingIsSent() {
        assertThrows(SQLException.class, () -> JdbcUrl.parse("jdbc:mysql://h/db", new Properties()));
        assertThrows(SQLException.class, () -> JdbcUrl.parse("jdbc:mongodb:///db", new Properties()));
        assertThrows(SQLException.class, () -> JdbcUrl.parse("jdbc:mongodb://h/a.b", new Properties()));
        SQLException size = assertThrows(SQLException.class, () -> JdbcUrl.parse("jdbc:mongodb://h/db?sampleSize=0", new Properties()));
        assertTrue(size.getMessage().contains("sampleSize"));
        assertThrows(SQLException.class, () -> JdbcUrl.parse("jdbc:mongodb://h/db?readOnly=maybe", new Properties()));
    }
}
