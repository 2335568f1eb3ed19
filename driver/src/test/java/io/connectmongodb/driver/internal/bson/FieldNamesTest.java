package io.connectmongodb.driver.internal.bson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FieldNamesTest {
    @Test
    void aRepeatedAsciiNameIsTheSameString() {
        byte[] first = "xx_retweet_count_yy".getBytes(StandardCharsets.UTF_8);
        byte[] second = "retweet_count".getBytes(StandardCharsets.UTF_8);
        String a = FieldNames.name(first, 3, 13);
        String b = FieldNames.name(second, 0, second.length);
        assertEquals("retweet_count", a);
        assertSame(a, b);
    }

    @Test
    void nonAsciiAndLongNamesAreDecodedAsUtf8() {
        byte[] accented = "prénom ✓".getBytes(StandardCharsets.UTF_8);
        assertEquals("prénom ✓", FieldNames.name(accented, 0, accented.length));
        assertSame(FieldNames.name(accented, 0, accented.length), FieldNames.name(accented.clone(), 0, accented.length));
        byte[] invalid = {'a', (byte) 0xC3, 'b'};
        assertEquals(new String(invalid, StandardCharsets.UTF_8), FieldNames.name(invalid, 0, 3));
        String longName = "n".repeat(FieldNames.MAX_CACHED_LENGTH + 1);
        byte[] longBytes = longName.getBytes(StandardCharsets.UTF_8);
        assertEquals(longName, FieldNames.name(longBytes, 0, longBytes.length));
        assertEquals("", FieldNames.name(new byte[0], 0, 0));
    }

    @Test
    void manyDifferentNamesSharingSlotsAlwaysComeBackRight() {
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 10_000; i++) {
                String name = "f" + i;
                byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
                assertEquals(name, FieldNames.name(bytes, 0, bytes.length));
            }
        }
    }
}
