package io.connectmongodb.driver.internal.client;

import java.util.concurrent.CompletableFuture;
import io.connectmongodb.driver.ClientSession;
import io.connectmongodb.driver.AggregateIterable;
import io.connectmongodb.driver.FindIterable;
import io.connectmongodb.driver.MongoCollection;
import io.connectmongodb.driver.MongoIterable;
import io.connectmongodb.driver.ReadConcern;
import io.connectmongodb.driver.ReadPreference;
import io.connectmongodb.driver.WriteConcern;
import io.connectmongodb.driver.changestream.ChangeStreamIterable;
import io.connectmongodb.driver.internal.changestream.ChangeStreamIterableImpl;
import io.connectmongodb.driver.internal.changestream.ChangeStreamTarget;
import io.connectmongodb.driver.internal.cursor.ListCursor;
import io.connectmongodb.driver.internal.operation.CollectionCommands;
import io.connectmongodb.driver.internal.operation.CountDocumentsOperation;
import io.connectmongodb.driver.internal.operation.DistinctOperation;
import io.connectmongodb.driver.internal.operation.EstimatedDocumentCountOperation;
import io.connectmongodb.driver.internal.operation.IndexCommands;
import io.connectmongodb.driver.internal.validation.Arguments;
import io.connectmongodb.driver.model.BulkWriteOptions;
import io.connectmongodb.driver.model.BulkWriteResult;
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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.Document;
import org.bson.codecs.Codec;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.conversions.Bson;

/**
 * The collection façade: checks and encodes arguments, then runs the matching operation. Writes
 * are delegated to {@link CollectionWriter}; index specifications are built by {@link IndexSpecs}.
 */
final class MongoCollectionImpl<T> implements MongoCollection<T> {
    private final MongoNamespace namespace;
    private final Class<T> documentClass;
    private final OperationExecutor executor;
    private final ArgumentEncoder encoder;
    private final Codec<T> codec;
    private final CollectionWriter<T> writer;

    MongoCollectionImpl(MongoNamespace namespace, Class<T> documentClass, CodecRegistry registry, OperationExecutor executor) {
        this.namespace = namespace;
        this.documentClass = Arguments.notNull("documentClass", documentClass);
        this.executor = executor;
        this.encoder = new ArgumentEncoder(Arguments.notNull("codecRegistry", registry));
        this.codec = encoder.codec(documentClass);
        this.writer = new CollectionWriter<>(namespace, executor, encoder, codec);
    }

    @Override
    public MongoNamespace getNamespace() {
        return namespace;
    }

    @Override
    public Class<T> getDocumentClass() {
        return documentClass;
    }

    @Override
    public CodecRegistry getCodecRegistry() {
        return encoder.registry();
    }

    @Override
    public <N> MongoCollection<N> withDocumentClass(Class<N> newDocumentClass) {
        return new MongoCollectionImpl<>(namespace, newDocumentClass, encoder.registry(), executor);
    }

    @Override
    public MongoCollection<T> withCodecRegistry(CodecRegistry codecRegistry) {
        return new MongoCollectionImpl<>(namespace, documentClass, codecRegistry, executor);
    }

    @Override
    public ReadPreference getReadPreference() {
        return executor.scope().readPreference();
    }

    @Override
    public ReadConcern getReadConcern() {
        return executor.scope().readConcern();
    }

    @Override
    public WriteConcern getWriteConcern() {
        return executor.scope().writeConcern();
    }

    @Override
    public MongoCollection<T> withReadPreference(ReadPreference readPreference) {
        return new MongoCollectionImpl<>(namespace, documentClass, encoder.registry(),
                executor.withScope(executor.scope().withReadPreference(readPreference)));
    }

    @Override
    public MongoCollection<T> withReadConcern(ReadConcern readConcern) {
        return new MongoCollectionImpl<>(namespace, documentClass, encoder.registry(),
                executor.withScope(executor.scope().withReadConcern(readConcern)));
    }

    @Override
    public MongoCollection<T> withWriteConcern(WriteConcern writeConcern) {
        return new MongoCollectionImpl<>(namespace, documentClass, encoder.registry(),
                executor.withScope(executor.scope().withWriteConcern(writeConcern)));
    }

    @Override
    public ChangeStreamIterable<T> watch() {
        return watch(List.of(), documentClass);
    }

    @Override
    public ChangeStreamIterable<T> watch(List<? extends Bson> pipeline) {
        return watch(pipeline, documentClass);
    }

    @Override
    public <R> ChangeStreamIterable<R> watch(List<? extends Bson> pipeline, Class<R> resultClass) {
        return new ChangeStreamIterableImpl<>(executor::read, executor.async(),
                ChangeStreamTarget.collection(namespace), encoder.registry(), pipeline, resultClass);
    }

    @Override
    public InsertOneResult insertOne(T document) {
        return insertOne(document, new InsertOneOptions());
    }

    @Override
    public InsertOneResult insertOne(T document, InsertOneOptions options) {
        return writer.insertOne(document, options);
    }

    @Override
    public InsertManyResult insertMany(List<? extends T> documents) {
        return insertMany(documents, new InsertManyOptions());
    }

    @Override
    public InsertManyResult insertMany(List<? extends T> documents, InsertManyOptions options) {
        return writer.insertMany(documents, options);
    }

    @Override
    public BulkWriteResult bulkWrite(List<? extends WriteModel<? extends T>> requests) {
        return bulkWrite(requests, new BulkWriteOptions());
    }

    @Override
    public BulkWriteResult bulkWrite(List<? extends WriteModel<? extends T>> requests, BulkWriteOptions options) {
        return writer.bulkWrite(requests, options);
    }

    @Override
    public FindIterable<T> find() {
        return find(new BsonDocument());
    }

    @Override
    public FindIterable<T> find(Bson filter) {
        return find(filter, documentClass);
    }

    @Override
    public <R> FindIterable<R> find(Bson filter, Class<R> resultClass) {
        return new FindIterableImpl<>(namespace, executor, encoder, encoder.codec(resultClass), filter);
    }

    @Override
    public AggregateIterable<T> aggregate(List<? extends Bson> pipeline) {
        return aggregate(pipeline, documentClass);
    }

    @Override
    public <R> AggregateIterable<R> aggregate(List<? extends Bson> pipeline, Class<R> resultClass) {
        return new AggregateIterableImpl<>(executor, encoder, pipeline,
                AggregateIterableImpl.onCollection(namespace, encoder.codec(resultClass)));
    }

    @Override
    public <R> MongoIterable<R> distinct(String fieldName, Class<R> resultClass) {
        return distinct(fieldName, new BsonDocument(), resultClass);
    }

    @Override
    public <R> MongoIterable<R> distinct(String fieldName, Bson filter, Class<R> resultClass) {
        Arguments.notNull("fieldName", fieldName);
        if (fieldName.isEmpty()) {
            throw new IllegalArgumentException("fieldName must not be empty");
        }
        BsonDocument filterDocument = encoder.required("filter", filter);
        Codec<R> resultCodec = encoder.codec(resultClass);
        return new OperationIterable<>(executor.async(), batchSize -> new ListCursor<>(
                executor.read(new DistinctOperation<>(namespace, fieldName, filterDocument, resultCodec))));
    }

    @Override
    public long countDocuments() {
        return countDocuments(new BsonDocument());
    }

    @Override
    public long countDocuments(Bson filter) {
        return countDocuments(filter, new CountOptions());
    }

    @Override
    public long countDocuments(Bson filter, CountOptions options) {
        BsonDocument filterDocument = encoder.required("filter", filter);
        Arguments.notNull("options", options);
        return executor.read(new CountDocumentsOperation(namespace, filterDocument)
                .skip(options.getSkip())
                .limit(options.getLimit())
                .hint(encoder.hint(options.getHint(), options.getHintString()))
                .collation(ArgumentEncoder.collation(options.getCollation()))
                .maxTimeMS(options.getMaxTime(TimeUnit.MILLISECONDS)));
    }

    @Override
    public long estimatedDocumentCount() {
        return executor.read(new EstimatedDocumentCountOperation(namespace));
    }

    @Override
    public UpdateResult updateOne(Bson filter, Bson update) {
        return updateOne(filter, update, new UpdateOptions());
    }

    @Override
    public UpdateResult updateOne(Bson filter, Bson update, UpdateOptions options) {
        BsonDocument filterDocument = encoder.required("filter", filter);
        return writer.update(filterDocument, writer.updateDocument(update), false, options);
    }

    @Override
    public UpdateResult updateOne(Bson filter, List<? extends Bson> updatePipeline) {
        return updateOne(filter, updatePipeline, new UpdateOptions());
    }

    @Override
    public UpdateResult updateOne(Bson filter, List<? extends Bson> updatePipeline, UpdateOptions options) {
        BsonDocument filterDocument = encoder.required("filter", filter);
        return writer.update(filterDocument, writer.updatePipeline(updatePipeline), false, options);
    }

    @Override
    public UpdateResult updateMany(Bson filter, Bson update) {
        return updateMany(filter, update, new UpdateOptions());
    }

    @Override
    public UpdateResult updateMany(Bson filter, Bson update, UpdateOptions options) {
        BsonDocument filterDocument = encoder.required("filter", filter);
        return writer.update(filterDocument, writer.updateDocument(update), true, options);
    }

    @Override
    public UpdateResult updateMany(Bson filter, List<? extends Bson> updatePipeline) {
        return updateMany(filter, updatePipeline, new UpdateOptions());
    }

    @Override
    public UpdateResult updateMany(Bson filter, List<? extends Bson> updatePipeline, UpdateOptions options) {
        BsonDocument filterDocument = encoder.required("filter", filter);
        return writer.update(filterDocument, writer.updatePipeline(updatePipeline), true, options);
    }

    @Override
    public UpdateResult replaceOne(Bson filter, T replacement) {
        return replaceOne(filter, replacement, new ReplaceOptions());
    }

    @Override
    public UpdateResult replaceOne(Bson filter, T replacement, ReplaceOptions options) {
        return writer.replaceOne(encoder.required("filter", filter), replacement, options);
    }

    @Override
    public DeleteResult deleteOne(Bson filter) {
        return deleteOne(filter, new DeleteOptions());
    }

    @Override
    public DeleteResult deleteOne(Bson filter, DeleteOptions options) {
        return writer.delete(encoder.required("filter", filter), false, options);
    }

    @Override
    public DeleteResult deleteMany(Bson filter) {
        return deleteMany(filter, new DeleteOptions());
    }

    @Override
    public DeleteResult deleteMany(Bson filter, DeleteOptions options) {
        return writer.delete(encoder.required("filter", filter), true, options);
    }

    @Override
    public T findOneAndDelete(Bson filter) {
        return findOneAndDelete(filter, new FindOneAndDeleteOptions());
    }

    @Override
    public T findOneAndDelete(Bson filter, FindOneAndDeleteOptions options) {
        return writer.findOneAndDelete(encoder.required("filter", filter), options);
    }

    @Override
    public T findOneAndUpdate(Bson filter, Bson update) {
        return findOneAndUpdate(filter, update, new FindOneAndUpdateOptions());
    }

    @Override
    public T findOneAndUpdate(Bson filter, Bson update, FindOneAndUpdateOptions options) {
        BsonDocument filterDocument = encoder.required("filter", filter);
        return writer.findOneAndUpdate(filterDocument, writer.updateDocument(update), options);
    }

    @Override
    public T findOneAndUpdate(Bson filter, List<? extends Bson> updatePipeline, FindOneAndUpdateOptions options) {
        BsonDocument filterDocument = encoder.required("filter", filter);
        return writer.findOneAndUpdate(filterDocument, writer.updatePipeline(updatePipeline), options);
    }

    @Override
    public T findOneAndReplace(Bson filter, T replacement) {
        return findOneAndReplace(filter, replacement, new FindOneAndReplaceOptions());
    }

    @Override
    public T findOneAndReplace(Bson filter, T replacement, FindOneAndReplaceOptions options) {
        return writer.findOneAndReplace(encoder.required("filter", filter), replacement, options);
    }

    @Override
    public String createIndex(Bson keys) {
        return createIndex(keys, new IndexOptions());
    }

    @Override
    public String createIndex(Bson keys, IndexOptions options) {
        return createIndexes(List.of(new IndexModel(keys, Arguments.notNull("options", options)))).get(0);
    }

    @Override
    public List<String> createIndexes(List<IndexModel> indexes) {
        Arguments.notEmpty("indexes", indexes);
        List<BsonDocument> specs = new ArrayList<>();
        for (IndexModel index : indexes) {
            specs.add(IndexSpecs.specification(index, encoder));
        }
        return executor.write(IndexCommands.createIndexes(namespace, specs));
    }

    @Override
    public MongoIterable<Document> listIndexes() {
        return listIndexes(Document.class);
    }

    @Override
    public <R> MongoIterable<R> listIndexes(Class<R> resultClass) {
        Codec<R> resultCodec = encoder.codec(resultClass);
        return new OperationIterable<>(executor.async(), batchSize -> executor.read(IndexCommands.listIndexes(namespace, resultCodec, batchSize)));
    }

    @Override
    public void dropIndex(String indexName) {
        Arguments.notNull("indexName", indexName);
        if (indexName.isEmpty() || indexName.equals("*")) {
            throw new IllegalArgumentException("indexName must be the name of one index (use dropIndexes() to drop all), was '"
                    + indexName + "'");
        }
        executor.write(IndexCommands.dropIndex(namespace, new BsonString(indexName)));
    }

    @Override
    public void dropIndex(Bson keys) {
        executor.write(IndexCommands.dropIndex(namespace, encoder.required("index keys", keys)));
    }

    @Override
    public void dropIndexes() {
        executor.write(IndexCommands.dropIndex(namespace, new BsonString("*")));
    }

    @Override
    public void drop() {
        executor.write(CollectionCommands.drop(namespace));
    }

    @Override
    public void renameCollection(MongoNamespace newNamespace) {
        renameCollection(newNamespace, new RenameCollectionOptions());
    }

    @Override
    public void renameCollection(MongoNamespace newNamespace, RenameCollectionOptions options) {
        Arguments.notNull("newNamespace", newNamespace);
        Arguments.notNull("options", options);
        executor.write(CollectionCommands.rename(namespace, newNamespace, options.isDropTarget()));
    }

    // ---- the same operations in a session ----

    @Override
    public InsertOneResult insertOne(ClientSession clientSession, T document) {
        return in(clientSession).insertOne(document);
    }

    @Override
    public InsertOneResult insertOne(ClientSession clientSession, T document, InsertOneOptions options) {
        return in(clientSession).insertOne(document, options);
    }

    @Override
    public InsertManyResult insertMany(ClientSession clientSession, List<? extends T> documents) {
        return in(clientSession).insertMany(documents);
    }

    @Override
    public InsertManyResult insertMany(ClientSession clientSession, List<? extends T> documents, InsertManyOptions options) {
        return in(clientSession).insertMany(documents, options);
    }

    @Override
    public BulkWriteResult bulkWrite(ClientSession clientSession, List<? extends WriteModel<? extends T>> requests) {
        return in(clientSession).bulkWrite(requests);
    }

    @Override
    public BulkWriteResult bulkWrite(ClientSession clientSession, List<? extends WriteModel<? extends T>> requests, BulkWriteOptions options) {
        return in(clientSession).bulkWrite(requests, options);
    }

    @Override
    public FindIterable<T> find(ClientSession clientSession) {
        return in(clientSession).find();
    }

    @Override
    public FindIterable<T> find(ClientSession clientSession, Bson filter) {
        return in(clientSession).find(filter);
    }

    @Override
    public <R> FindIterable<R> find(ClientSession clientSession, Bson filter, Class<R> resultClass) {
        return in(clientSession).find(filter, resultClass);
    }

    @Override
    public AggregateIterable<T> aggregate(ClientSession clientSession, List<? extends Bson> pipeline) {
        return in(clientSession).aggregate(pipeline);
    }

    @Override
    public <R> AggregateIterable<R> aggregate(ClientSession clientSession, List<? extends Bson> pipeline, Class<R> resultClass) {
        return in(clientSession).aggregate(pipeline, resultClass);
    }

    @Override
    public <R> MongoIterable<R> distinct(ClientSession clientSession, String fieldName, Class<R> resultClass) {
        return in(clientSession).distinct(fieldName, resultClass);
    }

    @Override
    public <R> MongoIterable<R> distinct(ClientSession clientSession, String fieldName, Bson filter, Class<R> resultClass) {
        return in(clientSession).distinct(fieldName, filter, resultClass);
    }

    @Override
    public long countDocuments(ClientSession clientSession) {
        return in(clientSession).countDocuments();
    }

    @Override
    public long countDocuments(ClientSession clientSession, Bson filter) {
        return in(clientSession).countDocuments(filter);
    }

    @Override
    public long countDocuments(ClientSession clientSession, Bson filter, CountOptions options) {
        return in(clientSession).countDocuments(filter, options);
    }

    @Override
    public long estimatedDocumentCount(ClientSession clientSession) {
        return in(clientSession).estimatedDocumentCount();
    }

    @Override
    public UpdateResult updateOne(ClientSession clientSession, Bson filter, Bson update) {
        return in(clientSession).updateOne(filter, update);
    }

    @Override
    public UpdateResult updateOne(ClientSession clientSession, Bson filter, Bson update, UpdateOptions options) {
        return in(clientSession).updateOne(filter, update, options);
    }

    @Override
    public UpdateResult updateOne(ClientSession clientSession, Bson filter, List<? extends Bson> updatePipeline) {
        return in(clientSession).updateOne(filter, updatePipeline);
    }

    @Override
    public UpdateResult updateOne(ClientSession clientSession, Bson filter, List<? extends Bson> updatePipeline, UpdateOptions options) {
        return in(clientSession).updateOne(filter, updatePipeline, options);
    }

    @Override
    public UpdateResult updateMany(ClientSession clientSession, Bson filter, Bson update) {
        return in(clientSession).updateMany(filter, update);
    }

    @Override
    public UpdateResult updateMany(ClientSession clientSession, Bson filter, Bson update, UpdateOptions options) {
        return in(clientSession).updateMany(filter, update, options);
    }

    @Override
    public UpdateResult updateMany(ClientSession clientSession, Bson filter, List<? extends Bson> updatePipeline) {
        return in(clientSession).updateMany(filter, updatePipeline);
    }

    @Override
    public UpdateResult updateMany(ClientSession clientSession, Bson filter, List<? extends Bson> updatePipeline, UpdateOptions options) {
        return in(clientSession).updateMany(filter, updatePipeline, options);
    }

    @Override
    public UpdateResult replaceOne(ClientSession clientSession, Bson filter, T replacement) {
        return in(clientSession).replaceOne(filter, replacement);
    }

    @Override
    public UpdateResult replaceOne(ClientSession clientSession, Bson filter, T replacement, ReplaceOptions options) {
        return in(clientSession).replaceOne(filter, replacement, options);
    }

    @Override
    public DeleteResult deleteOne(ClientSession clientSession, Bson filter) {
        return in(clientSession).deleteOne(filter);
    }

    @Override
    public DeleteResult deleteOne(ClientSession clientSession, Bson filter, DeleteOptions options) {
        return in(clientSession).deleteOne(filter, options);
    }

    @Override
    public DeleteResult deleteMany(ClientSession clientSession, Bson filter) {
        return in(clientSession).deleteMany(filter);
    }

    @Override
    public DeleteResult deleteMany(ClientSession clientSession, Bson filter, DeleteOptions options) {
        return in(clientSession).deleteMany(filter, options);
    }

    @Override
    public T findOneAndDelete(ClientSession clientSession, Bson filter) {
        return in(clientSession).findOneAndDelete(filter);
    }

    @Override
    public T findOneAndDelete(ClientSession clientSession, Bson filter, FindOneAndDeleteOptions options) {
        return in(clientSession).findOneAndDelete(filter, options);
    }

    @Override
    public T findOneAndUpdate(ClientSession clientSession, Bson filter, Bson update) {
        return in(clientSession).findOneAndUpdate(filter, update);
    }

    @Override
    public T findOneAndUpdate(ClientSession clientSession, Bson filter, Bson update, FindOneAndUpdateOptions options) {
        return in(clientSession).findOneAndUpdate(filter, update, options);
    }

    @Override
    public T findOneAndUpdate(ClientSession clientSession, Bson filter, List<? extends Bson> updatePipeline, FindOneAndUpdateOptions options) {
        return in(clientSession).findOneAndUpdate(filter, updatePipeline, options);
    }

    @Override
    public T findOneAndReplace(ClientSession clientSession, Bson filter, T replacement) {
        return in(clientSession).findOneAndReplace(filter, replacement);
    }

    @Override
    public T findOneAndReplace(ClientSession clientSession, Bson filter, T replacement, FindOneAndReplaceOptions options) {
        return in(clientSession).findOneAndReplace(filter, replacement, options);
    }

    @Override
    public String createIndex(ClientSession clientSession, Bson keys) {
        return in(clientSession).createIndex(keys);
    }

    @Override
    public String createIndex(ClientSession clientSession, Bson keys, IndexOptions options) {
        return in(clientSession).createIndex(keys, options);
    }

    @Override
    public List<String> createIndexes(ClientSession clientSession, List<IndexModel> indexes) {
        return in(clientSession).createIndexes(indexes);
    }

    @Override
    public MongoIterable<Document> listIndexes(ClientSession clientSession) {
        return in(clientSession).listIndexes();
    }

    @Override
    public <R> MongoIterable<R> listIndexes(ClientSession clientSession, Class<R> resultClass) {
        return in(clientSession).listIndexes(resultClass);
    }

    @Override
    public void dropIndex(ClientSession clientSession, String indexName) {
        in(clientSession).dropIndex(indexName);
    }

    @Override
    public void dropIndex(ClientSession clientSession, Bson keys) {
        in(clientSession).dropIndex(keys);
    }

    @Override
    public void dropIndexes(ClientSession clientSession) {
        in(clientSession).dropIndexes();
    }

    @Override
    public void drop(ClientSession clientSession) {
        in(clientSession).drop();
    }

    @Override
    public void renameCollection(ClientSession clientSession, MongoNamespace newNamespace) {
        in(clientSession).renameCollection(newNamespace);
    }

    @Override
    public void renameCollection(ClientSession clientSession, MongoNamespace newNamespace, RenameCollectionOptions options) {
        in(clientSession).renameCollection(newNamespace, options);
    }

    private MongoCollectionImpl<T> in(ClientSession clientSession) {
        return new MongoCollectionImpl<>(namespace, documentClass, encoder.registry(),
                executor.withSession(Sessions.own(clientSession)));
    }

    // ---- the same operations, asynchronously: each returns at once; see the async section of the README ----

    @Override
    public CompletableFuture<InsertOneResult> insertOneAsync(T document) {
        return executor.async().supply(() -> insertOne(document));
    }

    @Override
    public CompletableFuture<InsertOneResult> insertOneAsync(T document, InsertOneOptions options) {
        return executor.async().supply(() -> insertOne(document, options));
    }

    @Override
    public CompletableFuture<InsertManyResult> insertManyAsync(List<? extends T> documents) {
        return executor.async().supply(() -> insertMany(documents));
    }

    @Override
    public CompletableFuture<InsertManyResult> insertManyAsync(List<? extends T> documents, InsertManyOptions options) {
        return executor.async().supply(() -> insertMany(documents, options));
    }

    @Override
    public CompletableFuture<BulkWriteResult> bulkWriteAsync(List<? extends WriteModel<? extends T>> requests) {
        return executor.async().supply(() -> bulkWrite(requests));
    }

    @Override
    public CompletableFuture<BulkWriteResult> bulkWriteAsync(List<? extends WriteModel<? extends T>> requests, BulkWriteOptions options) {
        return executor.async().supply(() -> bulkWrite(requests, options));
    }

    @Override
    public CompletableFuture<Long> countDocumentsAsync() {
        return executor.async().supply(() -> countDocuments());
    }

    @Override
    public CompletableFuture<Long> countDocumentsAsync(Bson filter) {
        return executor.async().supply(() -> countDocuments(filter));
    }

    @Override
    public CompletableFuture<Long> countDocumentsAsync(Bson filter, CountOptions options) {
        return executor.async().supply(() -> countDocuments(filter, options));
    }

    @Override
    public CompletableFuture<Long> estimatedDocumentCountAsync() {
        return executor.async().supply(() -> estimatedDocumentCount());
    }

    @Override
    public CompletableFuture<UpdateResult> updateOneAsync(Bson filter, Bson update) {
        return executor.async().supply(() -> updateOne(filter, update));
    }

    @Override
    public CompletableFuture<UpdateResult> updateOneAsync(Bson filter, Bson update, UpdateOptions options) {
        return executor.async().supply(() -> updateOne(filter, update, options));
    }

    @Override
    public CompletableFuture<UpdateResult> updateOneAsync(Bson filter, List<? extends Bson> updatePipeline) {
        return executor.async().supply(() -> updateOne(filter, updatePipeline));
    }

    @Override
    public CompletableFuture<UpdateResult> updateOneAsync(Bson filter, List<? extends Bson> updatePipeline, UpdateOptions options) {
        return executor.async().supply(() -> updateOne(filter, updatePipeline, options));
    }

    @Override
    public CompletableFuture<UpdateResult> updateManyAsync(Bson filter, Bson update) {
        return executor.async().supply(() -> updateMany(filter, update));
    }

    @Override
    public CompletableFuture<UpdateResult> updateManyAsync(Bson filter, Bson update, UpdateOptions options) {
        return executor.async().supply(() -> updateMany(filter, update, options));
    }

    @Override
    public CompletableFuture<UpdateResult> updateManyAsync(Bson filter, List<? extends Bson> updatePipeline) {
        return executor.async().supply(() -> updateMany(filter, updatePipeline));
    }

    @Override
    public CompletableFuture<UpdateResult> updateManyAsync(Bson filter, List<? extends Bson> updatePipeline, UpdateOptions options) {
        return executor.async().supply(() -> updateMany(filter, updatePipeline, options));
    }

    @Override
    public CompletableFuture<UpdateResult> replaceOneAsync(Bson filter, T replacement) {
        return executor.async().supply(() -> replaceOne(filter, replacement));
    }

    @Override
    public CompletableFuture<UpdateResult> replaceOneAsync(Bson filter, T replacement, ReplaceOptions options) {
        return executor.async().supply(() -> replaceOne(filter, replacement, options));
    }

    @Override
    public CompletableFuture<DeleteResult> deleteOneAsync(Bson filter) {
        return executor.async().supply(() -> deleteOne(filter));
    }

    @Override
    public CompletableFuture<DeleteResult> deleteOneAsync(Bson filter, DeleteOptions options) {
        return executor.async().supply(() -> deleteOne(filter, options));
    }

    @Override
    public CompletableFuture<DeleteResult> deleteManyAsync(Bson filter) {
        return executor.async().supply(() -> deleteMany(filter));
    }

    @Override
    public CompletableFuture<DeleteResult> deleteManyAsync(Bson filter, DeleteOptions options) {
        return executor.async().supply(() -> deleteMany(filter, options));
    }

    @Override
    public CompletableFuture<T> findOneAndDeleteAsync(Bson filter) {
        return executor.async().supply(() -> findOneAndDelete(filter));
    }

    @Override
    public CompletableFuture<T> findOneAndDeleteAsync(Bson filter, FindOneAndDeleteOptions options) {
        return executor.async().supply(() -> findOneAndDelete(filter, options));
    }

    @Override
    public CompletableFuture<T> findOneAndUpdateAsync(Bson filter, Bson update) {
        return executor.async().supply(() -> findOneAndUpdate(filter, update));
    }

    @Override
    public CompletableFuture<T> findOneAndUpdateAsync(Bson filter, Bson update, FindOneAndUpdateOptions options) {
        return executor.async().supply(() -> findOneAndUpdate(filter, update, options));
    }

    @Override
    public CompletableFuture<T> findOneAndUpdateAsync(Bson filter, List<? extends Bson> updatePipeline, FindOneAndUpdateOptions options) {
        return executor.async().supply(() -> findOneAndUpdate(filter, updatePipeline, options));
    }

    @Override
    public CompletableFuture<T> findOneAndReplaceAsync(Bson filter, T replacement) {
        return executor.async().supply(() -> findOneAndReplace(filter, replacement));
    }

    @Override
    public CompletableFuture<T> findOneAndReplaceAsync(Bson filter, T replacement, FindOneAndReplaceOptions options) {
        return executor.async().supply(() -> findOneAndReplace(filter, replacement, options));
    }

    @Override
    public CompletableFuture<String> createIndexAsync(Bson keys) {
        return executor.async().supply(() -> createIndex(keys));
    }

    @Override
    public CompletableFuture<String> createIndexAsync(Bson keys, IndexOptions options) {
        return executor.async().supply(() -> createIndex(keys, options));
    }

    @Override
    public CompletableFuture<List<String>> createIndexesAsync(List<IndexModel> indexes) {
        return executor.async().supply(() -> createIndexes(indexes));
    }

    @Override
    public CompletableFuture<Void> dropIndexAsync(String indexName) {
        return executor.async().run(() -> dropIndex(indexName));
    }

    @Override
    public CompletableFuture<Void> dropIndexAsync(Bson keys) {
        return executor.async().run(() -> dropIndex(keys));
    }

    @Override
    public CompletableFuture<Void> dropIndexesAsync() {
        return executor.async().run(() -> dropIndexes());
    }

    @Override
    public CompletableFuture<Void> dropAsync() {
        return executor.async().run(() -> drop());
    }

    @Override
    public CompletableFuture<Void> renameCollectionAsync(MongoNamespace newNamespace) {
        return executor.async().run(() -> renameCollection(newNamespace));
    }

    @Override
    public CompletableFuture<Void> renameCollectionAsync(MongoNamespace newNamespace, RenameCollectionOptions options) {
        return executor.async().run(() -> renameCollection(newNamespace, options));
    }

    @Override
    public String toString() {
        return "MongoCollection{" + namespace + ", documentClass=" + documentClass.getName() + "}";
    }

    @Override
    public ChangeStreamIterable<T> watch(ClientSession clientSession) {
        return in(clientSession).watch();
    }

    @Override
    public ChangeStreamIterable<T> watch(ClientSession clientSession, List<? extends Bson> pipeline) {
        return in(clientSession).watch(pipeline);
    }

    @Override
    public <R> ChangeStreamIterable<R> watch(ClientSession clientSession, List<? extends Bson> pipeline, Class<R> resultClass) {
        return in(clientSession).watch(pipeline, resultClass);
    }
}
