package io.connectmongodb.driver.internal.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

class ClientMetadataTest {

    @Test
    void hasTheSpecShapeForThisJvm() {
        BsonDocument client = ClientMetadata.create("reporting");

        assertEquals(List.of("application", "driver", "os", "platform"), List.copyOf(client.keySet()));
        assertEquals("reporting", client.getDocument("application").getString("name").getValue());
        assertEquals("connect-mongodb", client.getDocument("driver").getString("name").getValue());
        assertTrue(client.getDocument("driver").isString("version"));
        assertEquals(List.of("type", "name", "architecture", "version"),
                List.copyOf(client.getDocument("os").keySet()));
        assertEquals(System.getProperty("os.arch"), client.getDocument("os").getString("architecture").getValue());
        assertEquals("Java/" + System.getProperty("java.vendor") + "/" + Runtime.version(),
                client.getString("platform").getValue());
        assertTrue(ClientMetadata.sizeOf(client) <= 512);
    }

    @Test
    void applicationIsOmittedWithoutAName() {
        assertFalse(ClientMetadata.create(null).containsKey("application"));
    }

    @Test
    void osFieldsBesidesTypeAreDroppedFirst() {
        String longOsName = "x".repeat(450);
        BsonDocument client = ClientMetadata.create("app", "1.0", "Linux", longOsName, "amd64", "6.1",
                "Java/Vendor/17");

        assertEquals(List.of("type"), List.copyOf(client.getDocument("os").keySet()));
        assertEquals("Java/Vendor/17", client.getString("platform").getValue());
        assertTrue(ClientMetadata.sizeOf(client) <= 512);
    }

    @Test
    void platformIsTruncatedLastToExactlyFit() {
        String longPlatform = "Java/" + "é".repeat(400); // two UTF-8 bytes each: truncation must not split one
        BsonDocument client = ClientMetadata.create("a".repeat(128), "1.0", "Linux", "Linux", "amd64", "6.1",
                longPlatform);

        String platform = client.getString("platform").getValue();
        assertTrue(longPlatform.startsWith(platform));
        assertTrue(platform.length() > 5);
        int size = ClientMetadata.sizeOf(client);
        assertTrue(size <= 512 && size >= 511, "size " + size);
        assertEquals(List.of("type"), List.copyOf(client.getDocument("os").keySet()));
        assertEquals("a".repeat(128), client.getDocument("application").getString("name").getValue());
    }

    @Test
    void applicationNameOver128BytesIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> ClientMetadata.create("ü".repeat(65))); // 130 bytes
        ClientMetadata.create("ü".repeat(64)); // 128 bytes is fine
    }

    @Test
    void osTypeFollowsUname() {
        assertEquals("Linux", ClientMetadata.osType("Linux"));
        assertEquals("Darwin", ClientMetadata.osType("Mac OS X"));
        assertEquals("Windows", ClientMetadata.osType("Windows 11"));
        assertEquals("FreeBSD", ClientMetadata.osType("FreeBSD"));
        assertEquals("unknown", ClientMetadata.osType(""));
    }
}
