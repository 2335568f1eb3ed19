package io.connectmongodb.driver.internal.validation;

import java.nio.charset.StandardCharsets;

/**
 * Checks database and collection names against the server's naming rules before anything is sent.
 *
 * <ul>
 *   <li>Database: not empty, none of {@code / \ . " $}, space or NUL, and under 64 UTF-8 bytes.</li>
 *   <li>Collection: not empty, no NUL, no {@code $} except in the server's own {@code oplog.$main}.</li>
 *   <li>Namespace {@code db.collection}: at most 255 UTF-8 bytes.</li>
 *   <li>{@code system.*} collections may be read, listed and dropped, but not created or written,
 *       except {@code system.js} (stored functions) and {@code system.profile} (creatable, capped).</li>
 * </ul>
 */
public final class NamespaceValidator {
    static final int MAX_DATABASE_NAME_BYTES = 63;
    static final int MAX_NAMESPACE_BYTES = 255;
    private static final String FORBIDDEN_IN_DATABASE = "/\\. \"$\0";

    private NamespaceValidator() {
    }

    public static void validateDatabaseName(String name) {
        if (name == null) {
            throw new IllegalArgumentException("database name must not be null");
        }
        if (name.isEmpty()) {
            throw new IllegalArgumentException("database name must not be empty");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (FORBIDDEN_IN_DATABASE.indexOf(c) >= 0) {
                throw new IllegalArgumentException("database name '" + printable(name) + "' must not contain "
                        + describe(c));
            }
        }
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_DATABASE_NAME_BYTES) {
            throw new IllegalArgumentException("database name '" + name + "' is " + bytes
                    + " bytes long; it must be shorter than 64 bytes");
        }
    }

    public static void validateCollectionName(String name) {
        if (name == null) {
            throw new IllegalArgumentException("collection name must not be null");
        }
        if (name.isEmpty()) {
            throw new IllegalArgumentException("collection name must not be empty");
        }
        if (name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("collection name '" + printable(name) + "' must not contain a NUL character");
        }
        if (name.indexOf('$') >= 0 && !name.equals("oplog.$main")) {
            throw new IllegalArgumentException("collection name '" + name + "' must not contain '$'");
        }
    }

    /** Both names, and the 255-byte limit of the whole namespace. */
    public static void validateNamespace(String databaseName, String collectionName) {
        validateDatabaseName(databaseName);
        validateCollectionName(collectionName);
        int bytes = (databaseName + "." + collectionName).getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_NAMESPACE_BYTES) {
            throw new IllegalArgumentException("namespace '" + databaseName + "." + collectionName + "' is " + bytes
                    + " bytes long; it must be at most " + MAX_NAMESPACE_BYTES + " bytes");
        }
    }

    /** Refuses inserts, updates and deletes on server-managed {@code system.*} collections. */
    public static void validateWritableCollection(String collectionName) {
        if (collectionName.startsWith("system.") && !collectionName.equals("system.js")) {
            throw new IllegalArgumentException("cannot write to '" + collectionName
                    + "': system collections are managed by the server (only system.js may be written)");
        }
    }

    /** Refuses creating {@code system.*} collections other than {@code system.js} and {@code system.profile}. */
    public static void validateCreatableCollection(String collectionName) {
        if (collectionName.startsWith("system.") && !collectionName.equals("system.js")
                && !collectionName.equals("system.profile")) {
            throw new IllegalArgumentException("cannot create '" + collectionName
                    + "': system collections are created by the server (only system.js and system.profile may be created)");
        }
    }

    private static String describe(char c) {
        return c == '\0' ? "a NUL character" : c == ' ' ? "a space" : "'" + c + "'";
    }

    private static String printable(String name) {
        return name.replace("\0", "\\0");
    }
}
