package io.connectmongodb.driver;

import java.util.concurrent.CompletableFuture;
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

    /** Where reads go; inherited from the client unless replaced with {@link #withReadPreference}. */
    ReadPreference getReadPreference();

    /** The read concern of reads; inherited from the client unless replaced. */
    ReadConcern getReadConcern();

    /** The write concern of writes; inherited from the client unless replaced. */
    WriteConcern getWriteConcern();

    /** A copy whose collections (obtained from it) read with {@code readPreference}. */
    MongoDatabase withReadPreference(ReadPreference readPreference);

    MongoDatabase withReadConcern(ReadConcern readConcern);

    MongoDatabase withWriteConcern(WriteConcern writeConcern);

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

    // ---- the same operations in a session ----

    Document runCommand(ClientSession clientSession, Bson command);

    <T> T runCommand(ClientSession clientSession, Bson command, Class<T> resultClass);

    MongoIterable<String> listCollectionNames(ClientSession clientSession);

    MongoIterable<Document> listCollections(ClientSession clientSession);

    <T> MongoIterable<T> listCollections(ClientSession clientSession, Class<T> resultClass);

    void createCollection(ClientSession clientSession, String collectionName);

    void createCollection(ClientSession clientSession, String collectionName, CreateCollectionOptions options);

    void drop(ClientSession clientSession);

    AggregateIterable<Document> aggregate(ClientSession clientSession, List<? extends Bson> pipeline);

    <T> AggregateIterable<T> aggregate(ClientSession clientSession, List<? extends Bson> pipeline, Class<T> resultClass);

    // ---- the same operations, asynchronously: each returns at once; see the async section of the README ----

    CompletableFuture<Document> runCommandAsync(Bson command);

    <T> CompletableFuture<T> runCommandAsync(Bson command, Class<T> resultClass);

    CompletableFuture<Void> createCollectionAsync(String collectionName);

    CompletableFuture<Void> createCollectionAsync(String collectionName, CreateCollectionOptions options);

    CompletableFuture<Void> dropAsync();
    /** A change stream of every collection of this database. */
    ChangeStreamIterable<Document> watch();

    ChangeStreamIterable<Document> watch(List<? extends Bson> pipeline);

    <T> ChangeStreamIterable<T> watch(List<? extends Bson> pipeline, Class<T> documentClass);

    // change streams in a session

    /**
     * {@link #watch()} in {@code clientSession}: the {@code aggregate}, every {@code getMore} and a resume run in it
     * (its {@code lsid}, causal reads). A change stream cannot be opened inside a transaction; the server refuses it.
     */
    ChangeStreamIterable<Document> watch(ClientSession clientSession);

    ChangeStreamIterable<Document> watch(ClientSession clientSession, List<? extends Bson> pipeline);

    <T> ChangeStreamIterable<T> watch(ClientSession clientSession, List<? extends Bson> pipeline, Class<T> documentClass);
}
