package io.connectmongodb.driver;

import io.connectmongodb.driver.changestream.ChangeStreamIterable;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

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

    /** A change stream of every database of the deployment (except admin, local and config). */
    ChangeStreamIterable<Document> watch();

    ChangeStreamIterable<Document> watch(List<? extends Bson> pipeline);

    <T> ChangeStreamIterable<T> watch(List<? extends Bson> pipeline, Class<T> documentClass);

    /** Closes every connection; further operations fail with {@link IllegalStateException}. */
    @Override
    void close();
}
