package io.connectmongodb.driver;

import org.bson.Document;

/**
 * A handle on a MongoDB deployment. Thread-safe; create one per application and close it at the end.
 * Made by {@link MongoClients}.
 */
public interface MongoClient extends AutoCloseable {

    /** A database by name; nothing is sent until an operation runs. */
    MongoDatabase getDatabase(String databaseName);

    /** The names of all databases. */
    MongoIterable<String> listDatabaseNames();

    /** A document per database ({@code name}, {@code sizeOnDisk}, {@code empty}). */
    MongoIterable<Document> listDatabases();

    <T> MongoIterable<T> listDatabases(Class<T> resultClass);

    MongoClientSettings getSettings();

    /** Closes every connection; further operations fail with {@link IllegalStateException}. */
    @Override
    void close();
}
