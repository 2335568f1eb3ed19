package io.connectmongodb.driver.internal.uri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.error.MongoConfigurationException;
import org.junit.jupiter.api.Test;

class PercentDecoderTest {

    @Test
    void decodesUtf8AndKeepsPlus() {
        assertEquals("a b+ü/", PercentDecoder.decode("a%20b+%C3%BC%2f", "x"));
        assertEquals("bücher", PercentDecoder.decode("bücher", "x"));
    }

    @Test
    void rejectsBadEscapesWithoutEchoingTheValue() {
        MongoConfigurationException e = assertThrows(MongoConfigurationException.class,
                () -> PercentDecoder.decode("s3cret%zz", "the password"));
        assertFalse(e.getMessage().contains("s3cret"));
        assertThrows(MongoConfigurationException.class, () -> PercentDecoder.decode("%C3", "x"));
        assertThrows(MongoConfigurationException.class, () -> PercentDecoder.decode("%4", "x"));
        assertTrue(PercentDecoder.hasValidEscapes("%41%42"));
        assertFalse(PercentDecoder.hasValidEscapes("%4g"));
    }
}
