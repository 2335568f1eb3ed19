package io.connectmongodb.driver.model;

import io.connectmongodb.driver.internal.validation.NamespaceValidator;
import java.util.Objects;

/**
 * A database name and a collection name, such as {@code shop.orders}. Both names are checked when
 * the namespace is made, so an invalid name fails here with an {@link IllegalArgumentException}
 * rather than on the server.
 */
public final class MongoNamespace {
    private final String databaseName;
    private final String collectionName;

    public MongoNamespace(String databaseName, String collectionName) {
        NamespaceValidator.validateNamespace(databaseName, collectionName);
        this.databaseName = databaseName;
        this.collectionName = collectionName;
    }

    /** Parses {@code database.collection}; the collection part may itself contain dots. */
    public static MongoNamespace of(String fullName) {
        if (fullName == null) {
            throw new IllegalArgumentException("namespace must not be null");
        }
        int dot = fullName.indexOf('.');
        if (dot <= 0 || dot == fullName.length() - 1) {
            throw new IllegalArgumentException("namespace '" + fullName + "' must have the form database.collection");
        }
        return new MongoNamespace(fullName.substring(0, dot), fullName.substring(dot + 1));
    }

    public String getDatabaseName() {
        return databaseName;
    }

    public String getCollectionName() {
        return collectionName;
    }

    /** {@code database.collection}. */
    public String getFullName() {
        return databaseName + "." + collectionName;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof MongoNamespace)) {
            return false;
        }
        MongoNamespace that = (MongoNamespace) o;
        return databaseName.equals(that.databaseName) && collectionName.equals(that.collectionName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(databaseName, collectionName);
    }

    @Override
    public String toString() {
        return getFullName();
    }
}
