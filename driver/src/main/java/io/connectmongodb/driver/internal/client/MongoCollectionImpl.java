package io.connectmongodb.driver.internal.client;

import io.connectmongodb.driver.AggregateIterable;
import io.connectmongodb.driver.FindIterable;
import io.connectmongodb.driver.MongoCollection;
import io.connectmongodb.driver.MongoIterable;
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
    public ChangeStreamIterable<T> watch() {
        return watch(List.of(), documentClass);
    }

    @Override
    public ChangeStreamIterable<T> watch(List<? extends Bson> pipeline) {
        return watch(pipeline, documentClass);
    }

    @Override
    public <R> ChangeStreamIterable<R> watch(List<? extends Bson> pipeline, Class<R> resultClass) {
        return new ChangeStreamIterableImpl<>(executor::read, ChangeStreamTarget.collection(namespace), encoder.registry(),
                pipeline, resultClass);
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
        return new OperationIterable<>(batchSize -> new ListCursor<>(
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
        return new OperationIterable<>(batchSize -> executor.read(IndexCommands.listIndexes(namespace, resultCodec, batchSize)));
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

    @Override
    public String toString() {
        return "MongoCollection{" + namespace + ", documentClass=" + documentClass.getName() + "}";
    }
}
