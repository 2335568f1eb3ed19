package io.connectmongodb.driver.internal.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

/** SASLprep: the RFC 4013 section 3 examples, each table's effect, bidi rules and table structure. */
class SaslPrepTest {

    @Test
    void rfc4013Examples() {
        assertEquals("IX", SaslPrep.prepareStored("I\u00ADX"));
        assertEquals("user", SaslPrep.prepareStored("user"));
        assertEquals("USER", SaslPrep.prepareStored("USER"));
        assertEquals("a", SaslPrep.prepareStored("\u00AA"));
        assertEquals("IX", SaslPrep.prepareStored("\u2168"));
        IllegalArgumentException control = assertThrows(IllegalArgumentException.class,
                () -> SaslPrep.prepareStored("\u0007"));
        assertTrue(control.getMessage().contains("C.2.1"), control.getMessage());
        IllegalArgumentException bidi = assertThrows(IllegalArgumentException.class,
                () -> SaslPrep.prepareStored("\u0627\u0031"));
        assertTrue(bidi.getMessage().contains("section 6"), bidi.getMessage());
    }

    @Test
    void mappingTables() {
        assertEquals("a b c", SaslPrep.prepareStored("a\u00A0b\u3000c"), "C.1.2 spaces become U+0020");
        assertEquals("ab", SaslPrep.prepareStored("a\u200Bb"), "U+200B is in B.1 and C.1.2: it vanishes");
        assertEquals("ab", SaslPrep.prepareStored("a\u180Bb\uFEFF"), "B.1 characters vanish");
        assertEquals("IV", SaslPrep.prepareStored("\u2163"));
        assertEquals("", SaslPrep.prepareStored(""));
    }

    @Test
    void prohibitedOutput() {
        assertThrows(IllegalArgumentException.class, () -> SaslPrep.prepareStored("a\u0085"), "C.2.2");
        assertThrows(IllegalArgumentException.class, () -> SaslPrep.prepareStored("\uE000"), "C.3 private use");
        assertThrows(IllegalArgumentException.class, () -> SaslPrep.prepareStored("\uFDD0"), "C.4 non-character");
        assertThrows(IllegalArgumentException.class, () -> SaslPrep.prepareStored("a\uD800b"), "C.5 lone surrogate");
        assertThrows(IllegalArgumentException.class, () -> SaslPrep.prepareStored("\uFFFD"), "C.6");
        assertThrows(IllegalArgumentException.class, () -> SaslPrep.prepareStored("\u2FF0"), "C.7");
        assertThrows(IllegalArgumentException.class, () -> SaslPrep.prepareStored("\u200E"), "C.8");
        assertThrows(IllegalArgumentException.class, () -> SaslPrep.prepareStored("\uDB40\uDC01"), "C.9 tag");
    }

    @Test
    void unassignedCodePointsOnlyFailStoredStrings() {
        String unassigned = "a\u0221"; // assigned after Unicode 3.2
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SaslPrep.prepareStored(unassigned));
        assertTrue(e.getMessage().contains("A.1") && e.getMessage().contains("index 1"), e.getMessage());
        assertEquals(unassigned, SaslPrep.prepareQuery(unassigned));
    }

    @Test
    void bidiRules() {
        assertEquals("\u0627\u0031\u0628", SaslPrep.prepareStored("\u0627\u0031\u0628"));
        assertThrows(IllegalArgumentException.class, () -> SaslPrep.prepareStored("\u0627a\u0628"),
                "RandAL mixed with L");
        assertThrows(IllegalArgumentException.class, () -> SaslPrep.prepareStored("1\u0627"),
                "must start with RandAL");
    }

    @Test
    void messagesNeverContainTheInput() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SaslPrep.prepareStored("secret\u0007word"));
        assertFalse(e.getMessage().contains("secret"));
    }

    @Test
    void everyTableIsSortedWithDisjointRanges() throws IllegalAccessException {
        int tables = 0;
        for (Field field : StringPrepTables.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == int[].class) {
                int[] table = (int[]) field.get(null);
                assertEquals(0, table.length % 2, field.getName());
                for (int i = 0; i < table.length; i += 2) {
                    assertTrue(table[i] <= table[i + 1], field.getName() + " range " + i);
                    if (i > 0) {
                        assertTrue(table[i - 1] + 1 < table[i], field.getName() + " ranges overlap or touch at " + i);
                    }
                    assertTrue(StringPrepTables.contains(table, table[i]));
                    assertTrue(StringPrepTables.contains(table, table[i + 1]));
                    if (i > 0) {
                        assertFalse(StringPrepTables.contains(table, table[i] - 1));
                    }
                }
                tables++;
            }
        }
        assertEquals(14, tables);
    }
}
