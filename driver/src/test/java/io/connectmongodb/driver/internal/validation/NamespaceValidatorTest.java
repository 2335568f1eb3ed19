package io.connectmongodb.driver.internal.validation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NamespaceValidatorTest {
    @Test
    void databaseNames() {
        assertDoesNotThrow(() -> NamespaceValidator.validateDatabaseName("my_db-1"));
        for (String bad : new String[] {"", "a/b", "a\\b", "a.b", "a b", "a\"b", "a$b", "a\0b", "x".repeat(64), "é".repeat(32)}) {
            assertThrows(IllegalArgumentException.class, () -> NamespaceValidator.validateDatabaseName(bad), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> NamespaceValidator.validateDatabaseName(null));
    }

    @Test
    void collectionNames() {
        assertDoesNotThrow(() -> NamespaceValidator.validateCollectionName("a.b c"));
        assertDoesNotThrow(() -> NamespaceValidator.validateCollectionName("oplog.$main"));
        for (String bad : new String[] {"", "a$b", "$cmd", "a\0"}) {
            assertThrows(IllegalArgumentException.class, () -> NamespaceValidator.validateCollectionName(bad), bad);
        }
    }

    @Test
    void namespaceLength() {
        assertDoesNotThrow(() -> NamespaceValidator.validateNamespace("db", "c".repeat(252)));
        assertThrows(IllegalArgumentException.class, () -> NamespaceValidator.validateNamespace("db", "c".repeat(253)));
    }

    @Test
    void systemCollections() {
        assertDoesNotThrow(() -> NamespaceValidator.validateWritableCollection("system.js"));
        assertThrows(IllegalArgumentException.class, () -> NamespaceValidator.validateWritableCollection("system.users"));
        assertDoesNotThrow(() -> NamespaceValidator.validateCreatableCollection("system.profile"));
        assertThrows(IllegalArgumentException.class, () -> NamespaceValidator.validateCreatableCollection("system.indexes"));
        assertDoesNotThrow(() -> NamespaceValidator.validateWritableCollection("systemic"));
    }
}
