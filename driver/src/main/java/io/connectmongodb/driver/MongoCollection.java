package io.connectmongodb.driver;

import io.connectmongodb.driver.changestream.ChangeStreamIterable;
import io.connectmongodb.driver.model.CountOptions;
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

    // inserts: documents without _id get a new ObjectId, reported in the result

    InsertOneResult insertOne(T document);

    InsertOneResult insertOne(T document, InsertOneOptions options);

    InsertManyResult insertMany(List<? extends T> documents);

    InsertManyResult insertMany(List<? extends T> documents, InsertManyOptions options);

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

    // change streams

    /** A change stream of this collection's changes, with {@code fullDocument} decoded as {@code T}. */
    ChangeStreamIterable<T> watch();

    /** A change stream whose events pass through {@code pipeline} (such as a {@code $match}) on the server. */
    ChangeStreamIterable<T> watch(List<? extends Bson> pipeline);

    <R> ChangeStreamIterable<R> watch(List<? extends Bson> pipeline, Class<R> documentClass);
}
