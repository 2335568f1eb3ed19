package io.connectmongodb.driver;

import io.connectmongodb.driver.changestream.ChangeStreamIterable;
import io.connectmongodb.driver.model.CreateCollectionOptions;
import java.util.List;
import org.bson.Document;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.conversions.Bson;

/** One database. Immutable and thread-safe; {@code with...} methods return modified copies. */
public interface MongoDatabase {

    String getName();

    CodecRegistry getCodecRegistry();

    MongoDatabase withCodecRegistry(CodecRegistry codecRegistry);

    /** A collection of {@link Document}s; the name is checked, nothing is sent. */
    MongoCollection<Document> getCollection(String collectionName);

    <T> MongoCollection<T> getCollection(String collectionName, Class<T> documentClass);

    /** Runs {@code command} on this database ({@code $db} is added) and returns the reply. */
    Document runCommand(Bson command);

    <T> T runCommand(Bson command, Class<T> resultClass);

    MongoIterable<String> listCollectionNames();

    MongoIterable<Document> listCollections();

    <T> MongoIterable<T> listCollections(Class<T> resultClass);

    void createCollection(String collectionName);

    void createCollection(String collectionName, CreateCollectionOptions options);

    /** Drops this database and all its collections. */
    void drop();

    /** A database-level aggregation ({@code aggregate: 1}), such as {@code $currentOp} or {@code $documents}. */
    AggregateIterable<Document> aggregate(List<? extends Bson> pipeline);

    <T> AggregateIterable<T> aggregate(List<? extends Bson> pipeline, Class<T> resultClass);

    /** A change stream of every collection of this database. */
    ChangeStreamIterable<Document> watch();

    ChangeStreamIterable<Document> watch(List<? extends Bson> pipeline);

    <T> ChangeStreamIterable<T> watch(List<? extends Bson> pipeline, Class<T> documentClass);
}
