package io.connectmongodb.driver;

import java.util.concurrent.CompletableFuture;
import io.connectmongodb.driver.model.BulkWriteOptions;
import io.connectmongodb.driver.model.BulkWriteResult;
import io.connectmongodb.driver.changestream.ChangeStreamIterable;
import io.connectmongodb.driver.model.CountOptions;
import io.connectmongodb.driver.model.WriteModel;
import io.connectmongodb.driver.model.DeleteOptions;
import io.connectmongodb.driver.model.DeleteResult;
import io.connectmongodb.driver.model.FindOneAndDeleteOptions;
import io.connectmongodb.driver.model.FindOneAndReplaceOptions;
import io.connectmongodb.driver.model.FindOneAndUpdateOptions;
import io.connectmongodb.driver.model.IndexModel;
import io.connectmongodb.driver.model.IndexOptions;
import io.connectmongodb.driver.model.InsertManyOptions;
import io.connectmongodb.driver.model.InsertManyResult;
import io.connectmongodb.driver.model.InsertOneOptions;
import io.connectmongodb.driver.model.InsertOneResult;
import io.connectmongodb.driver.model.MongoNamespace;
import io.connectmongodb.driver.model.RenameCollectionOptions;
import io.connectmongodb.driver.model.ReplaceOptions;
import io.connectmongodb.driver.model.UpdateOptions;
import io.connectmongodb.driver.model.UpdateResult;
import java.util.List;
import org.bson.Document;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.conversions.Bson;

/**
 * One collection whose documents are read and written as {@code T}. Immutable and thread-safe;
 * {@code with...} methods return modified copies. Every argument is checked before anything is
 * sent: invalid input fails with {@link IllegalArgumentException}.
 */
public interface MongoCollection<T> {

    MongoNamespace getNamespace();

    Class<T> getDocumentClass();

    CodecRegistry getCodecRegistry();

    <N> MongoCollection<N> withDocumentClass(Class<N> documentClass);

    MongoCollection<T> withCodecRegistry(CodecRegistry codecRegistry);

    /** Where reads go; inherited from the database unless replaced with {@link #withReadPreference}. */
    ReadPreference getReadPreference();

    /** Sent as {@code readConcern} on find, aggregate, distinct and count (unless the server default). */
    ReadConcern getReadConcern();

    /** Sent as {@code writeConcern} on writes (unless the server default); {@code w:0} writes are unacknowledged. */
    WriteConcern getWriteConcern();

    MongoCollection<T> withReadPreference(ReadPreference readPreference);

    MongoCollection<T> withReadConcern(ReadConcern readConcern);

    MongoCollection<T> withWriteConcern(WriteConcern writeConcern);

    // inserts: documents without _id get a new ObjectId, reported in the result

    InsertOneResult insertOne(T document);

    InsertOneResult insertOne(T document, InsertOneOptions options);

    InsertManyResult insertMany(List<? extends T> documents);

    InsertManyResult insertMany(List<? extends T> documents, InsertManyOptions options);

    /**
     * Runs inserts, updates, replacements and deletes in one call, batched by the server's limits.
     *
     * @throws io.connectmongodb.driver.error.MongoBulkWriteException when any request failed (or
     *     the write concern failed): every error with its index in {@code requests}, and the partial result
     */
    BulkWriteResult bulkWrite(List<? extends WriteModel<? extends T>> requests);

    BulkWriteResult bulkWrite(List<? extends WriteModel<? extends T>> requests, BulkWriteOptions options);

    // queries

    FindIterable<T> find();

    FindIterable<T> find(Bson filter);

    <R> FindIterable<R> find(Bson filter, Class<R> resultClass);

    AggregateIterable<T> aggregate(List<? extends Bson> pipeline);

    <R> AggregateIterable<R> aggregate(List<? extends Bson> pipeline, Class<R> resultClass);

    <R> MongoIterable<R> distinct(String fieldName, Class<R> resultClass);

    <R> MongoIterable<R> distinct(String fieldName, Bson filter, Class<R> resultClass);

    long countDocuments();

    long countDocuments(Bson filter);

    long countDocuments(Bson filter, CountOptions options);

    /** The collection's document count from its metadata (the {@code count} command). */
    long estimatedDocumentCount();

    // updates, replacements and deletes

    UpdateResult updateOne(Bson filter, Bson update);

    UpdateResult updateOne(Bson filter, Bson update, UpdateOptions options);

    UpdateResult updateOne(Bson filter, List<? extends Bson> updatePipeline);

    UpdateResult updateOne(Bson filter, List<? extends Bson> updatePipeline, UpdateOptions options);

    UpdateResult updateMany(Bson filter, Bson update);

    UpdateResult updateMany(Bson filter, Bson update, UpdateOptions options);

    UpdateResult updateMany(Bson filter, List<? extends Bson> updatePipeline);

    UpdateResult updateMany(Bson filter, List<? extends Bson> updatePipeline, UpdateOptions options);

    UpdateResult replaceOne(Bson filter, T replacement);

    UpdateResult replaceOne(Bson filter, T replacement, ReplaceOptions options);

    DeleteResult deleteOne(Bson filter);

    DeleteResult deleteOne(Bson filter, DeleteOptions options);

    DeleteResult deleteMany(Bson filter);

    DeleteResult deleteMany(Bson filter, DeleteOptions options);

    // find-and-modify: each returns the document (before or after the change), or null

    T findOneAndDelete(Bson filter);

    T findOneAndDelete(Bson filter, FindOneAndDeleteOptions options);

    T findOneAndUpdate(Bson filter, Bson update);

    T findOneAndUpdate(Bson filter, Bson update, FindOneAndUpdateOptions options);

    T findOneAndUpdate(Bson filter, List<? extends Bson> updatePipeline, FindOneAndUpdateOptions options);

    T findOneAndReplace(Bson filter, T replacement);

    T findOneAndReplace(Bson filter, T replacement, FindOneAndReplaceOptions options);

    // indexes

    /** Creates an index and returns its name ({@code a_1_b_-1} unless named in the options). */
    String createIndex(Bson keys);

    String createIndex(Bson keys, IndexOptions options);

    List<String> createIndexes(List<IndexModel> indexes);

    MongoIterable<Document> listIndexes();

    <R> MongoIterable<R> listIndexes(Class<R> resultClass);

    void dropIndex(String indexName);

    void dropIndex(Bson keys);

    /** Drops every index except the one on {@code _id}. */
    void dropIndexes();

    // the collection itself

    /** Drops the collection; dropping one that does not exist is not an error. */
    void drop();

    void renameCollection(MongoNamespace newNamespace);

    void renameCollection(MongoNamespace newNamespace, RenameCollectionOptions options);

    // ---- the same operations in a session ----

    InsertOneResult insertOne(ClientSession clientSession, T document);

    InsertOneResult insertOne(ClientSession clientSession, T document, InsertOneOptions options);

    InsertManyResult insertMany(ClientSession clientSession, List<? extends T> documents);

    InsertManyResult insertMany(ClientSession clientSession, List<? extends T> documents, InsertManyOptions options);

    BulkWriteResult bulkWrite(ClientSession clientSession, List<? extends WriteModel<? extends T>> requests);

    BulkWriteResult bulkWrite(ClientSession clientSession, List<? extends WriteModel<? extends T>> requests, BulkWriteOptions options);

    FindIterable<T> find(ClientSession clientSession);

    FindIterable<T> find(ClientSession clientSession, Bson filter);

    <R> FindIterable<R> find(ClientSession clientSession, Bson filter, Class<R> resultClass);

    AggregateIterable<T> aggregate(ClientSession clientSession, List<? extends Bson> pipeline);

    <R> AggregateIterable<R> aggregate(ClientSession clientSession, List<? extends Bson> pipeline, Class<R> resultClass);

    <R> MongoIterable<R> distinct(ClientSession clientSession, String fieldName, Class<R> resultClass);

    <R> MongoIterable<R> distinct(ClientSession clientSession, String fieldName, Bson filter, Class<R> resultClass);

    long countDocuments(ClientSession clientSession);

    long countDocuments(ClientSession clientSession, Bson filter);

    long countDocuments(ClientSession clientSession, Bson filter, CountOptions options);

    long estimatedDocumentCount(ClientSession clientSession);

    UpdateResult updateOne(ClientSession clientSession, Bson filter, Bson update);

    UpdateResult updateOne(ClientSession clientSession, Bson filter, Bson update, UpdateOptions options);

    UpdateResult updateOne(ClientSession clientSession, Bson filter, List<? extends Bson> updatePipeline);

    UpdateResult updateOne(ClientSession clientSession, Bson filter, List<? extends Bson> updatePipeline, UpdateOptions options);

    UpdateResult updateMany(ClientSession clientSession, Bson filter, Bson update);

    UpdateResult updateMany(ClientSession clientSession, Bson filter, Bson update, UpdateOptions options);

    UpdateResult updateMany(ClientSession clientSession, Bson filter, List<? extends Bson> updatePipeline);

    UpdateResult updateMany(ClientSession clientSession, Bson filter, List<? extends Bson> updatePipeline, UpdateOptions options);

    UpdateResult replaceOne(ClientSession clientSession, Bson filter, T replacement);

    UpdateResult replaceOne(ClientSession clientSession, Bson filter, T replacement, ReplaceOptions options);

    DeleteResult deleteOne(ClientSession clientSession, Bson filter);

    DeleteResult deleteOne(ClientSession clientSession, Bson filter, DeleteOptions options);

    DeleteResult deleteMany(ClientSession clientSession, Bson filter);

    DeleteResult deleteMany(ClientSession clientSession, Bson filter, DeleteOptions options);

    T findOneAndDelete(ClientSession clientSession, Bson filter);

    T findOneAndDelete(ClientSession clientSession, Bson filter, FindOneAndDeleteOptions options);

    T findOneAndUpdate(ClientSession clientSession, Bson filter, Bson update);

    T findOneAndUpdate(ClientSession clientSession, Bson filter, Bson update, FindOneAndUpdateOptions options);

    T findOneAndUpdate(ClientSession clientSession, Bson filter, List<? extends Bson> updatePipeline, FindOneAndUpdateOptions options);

    T findOneAndReplace(ClientSession clientSession, Bson filter, T replacement);

    T findOneAndReplace(ClientSession clientSession, Bson filter, T replacement, FindOneAndReplaceOptions options);

    String createIndex(ClientSession clientSession, Bson keys);

    String createIndex(ClientSession clientSession, Bson keys, IndexOptions options);

    List<String> createIndexes(ClientSession clientSession, List<IndexModel> indexes);

    MongoIterable<Document> listIndexes(ClientSession clientSession);

    <R> MongoIterable<R> listIndexes(ClientSession clientSession, Class<R> resultClass);

    void dropIndex(ClientSession clientSession, String indexName);

    void dropIndex(ClientSession clientSession, Bson keys);

    void dropIndexes(ClientSession clientSession);

    void drop(ClientSession clientSession);

    void renameCollection(ClientSession clientSession, MongoNamespace newNamespace);

    void renameCollection(ClientSession clientSession, MongoNamespace newNamespace, RenameCollectionOptions options);

    // ---- the same operations, asynchronously: each returns at once; see the async section of the README ----

    CompletableFuture<InsertOneResult> insertOneAsync(T document);

    CompletableFuture<InsertOneResult> insertOneAsync(T document, InsertOneOptions options);

    CompletableFuture<InsertManyResult> insertManyAsync(List<? extends T> documents);

    CompletableFuture<InsertManyResult> insertManyAsync(List<? extends T> documents, InsertManyOptions options);

    CompletableFuture<BulkWriteResult> bulkWriteAsync(List<? extends WriteModel<? extends T>> requests);

    CompletableFuture<BulkWriteResult> bulkWriteAsync(List<? extends WriteModel<? extends T>> requests, BulkWriteOptions options);

    CompletableFuture<Long> countDocumentsAsync();

    CompletableFuture<Long> countDocumentsAsync(Bson filter);

    CompletableFuture<Long> countDocumentsAsync(Bson filter, CountOptions options);

    CompletableFuture<Long> estimatedDocumentCountAsync();

    CompletableFuture<UpdateResult> updateOneAsync(Bson filter, Bson update);

    CompletableFuture<UpdateResult> updateOneAsync(Bson filter, Bson update, UpdateOptions options);

    CompletableFuture<UpdateResult> updateOneAsync(Bson filter, List<? extends Bson> updatePipeline);

    CompletableFuture<UpdateResult> updateOneAsync(Bson filter, List<? extends Bson> updatePipeline, UpdateOptions options);

    CompletableFuture<UpdateResult> updateManyAsync(Bson filter, Bson update);

    CompletableFuture<UpdateResult> updateManyAsync(Bson filter, Bson update, UpdateOptions options);

    CompletableFuture<UpdateResult> updateManyAsync(Bson filter, List<? extends Bson> updatePipeline);

    CompletableFuture<UpdateResult> updateManyAsync(Bson filter, List<? extends Bson> updatePipeline, UpdateOptions options);

    CompletableFuture<UpdateResult> replaceOneAsync(Bson filter, T replacement);

    CompletableFuture<UpdateResult> replaceOneAsync(Bson filter, T replacement, ReplaceOptions options);

    CompletableFuture<DeleteResult> deleteOneAsync(Bson filter);

    CompletableFuture<DeleteResult> deleteOneAsync(Bson filter, DeleteOptions options);

    CompletableFuture<DeleteResult> deleteManyAsync(Bson filter);

    CompletableFuture<DeleteResult> deleteManyAsync(Bson filter, DeleteOptions options);

    CompletableFuture<T> findOneAndDeleteAsync(Bson filter);

    CompletableFuture<T> findOneAndDeleteAsync(Bson filter, FindOneAndDeleteOptions options);

    CompletableFuture<T> findOneAndUpdateAsync(Bson filter, Bson update);

    CompletableFuture<T> findOneAndUpdateAsync(Bson filter, Bson update, FindOneAndUpdateOptions options);

    CompletableFuture<T> findOneAndUpdateAsync(Bson filter, List<? extends Bson> updatePipeline, FindOneAndUpdateOptions options);

    CompletableFuture<T> findOneAndReplaceAsync(Bson filter, T replacement);

    CompletableFuture<T> findOneAndReplaceAsync(Bson filter, T replacement, FindOneAndReplaceOptions options);

    CompletableFuture<String> createIndexAsync(Bson keys);

    CompletableFuture<String> createIndexAsync(Bson keys, IndexOptions options);

    CompletableFuture<List<String>> createIndexesAsync(List<IndexModel> indexes);

    CompletableFuture<Void> dropIndexAsync(String indexName);

    CompletableFuture<Void> dropIndexAsync(Bson keys);

    CompletableFuture<Void> dropIndexesAsync();

    CompletableFuture<Void> dropAsync();

    CompletableFuture<Void> renameCollectionAsync(MongoNamespace newNamespace);

    CompletableFuture<Void> renameCollectionAsync(MongoNamespace newNamespace, RenameCollectionOptions options);
    // change streams

    /** A change stream of this collection's changes, with {@code fullDocument} decoded as {@code T}. */
    ChangeStreamIterable<T> watch();

    /** A change stream whose events pass through {@code pipeline} (such as a {@code $match}) on the server. */
    ChangeStreamIterable<T> watch(List<? extends Bson> pipeline);

    <R> ChangeStreamIterable<R> watch(List<? extends Bson> pipeline, Class<R> documentClass);

    // change streams in a session

    /**
     * {@link #watch()} in {@code clientSession}: the {@code aggregate}, every {@code getMore} and a resume run in it
     * (its {@code lsid}, causal reads). A change stream cannot be opened inside a transaction; the server refuses it.
     */
    ChangeStreamIterable<T> watch(ClientSession clientSession);

    ChangeStreamIterable<T> watch(ClientSession clientSession, List<? extends Bson> pipeline);

    <R> ChangeStreamIterable<R> watch(ClientSession clientSession, List<? extends Bson> pipeline, Class<R> documentClass);
}
