package io.connectmongodb.driver.internal.client;

import io.connectmongodb.driver.internal.bson.StoredDocumentEncoder;
import io.connectmongodb.driver.internal.operation.BulkWriteOperation;
import io.connectmongodb.driver.internal.operation.FindAndModifyOperation;
import io.connectmongodb.driver.internal.operation.WriteCommandOperation;
import io.connectmongodb.driver.internal.operation.WriteKind;
import io.connectmongodb.driver.internal.operation.WriteResults;
import io.connectmongodb.driver.internal.operation.WriteStatement;
import io.connectmongodb.driver.internal.operation.WriteStatements;
import io.connectmongodb.driver.internal.validation.Arguments;
import io.connectmongodb.driver.internal.validation.NamespaceValidator;
import io.connectmongodb.driver.internal.validation.UpdateValidator;
import io.connectmongodb.driver.model.BulkWriteOptions;
import io.connectmongodb.driver.model.BulkWriteResult;
import io.connectmongodb.driver.model.DeleteManyModel;
import io.connectmongodb.driver.model.DeleteOneModel;
import io.connectmongodb.driver.model.DeleteOptions;
import io.connectmongodb.driver.model.InsertOneModel;
import io.connectmongodb.driver.model.ReplaceOneModel;
import io.connectmongodb.driver.model.UpdateManyModel;
import io.connectmongodb.driver.model.UpdateOneModel;
import io.connectmongodb.driver.model.WriteModel;
import io.connectmongodb.driver.model.DeleteResult;
import io.connectmongodb.driver.model.FindOneAndDeleteOptions;
import io.connectmongodb.driver.model.FindOneAndReplaceOptions;
import io.connectmongodb.driver.model.FindOneAndUpdateOptions;
import io.connectmongodb.driver.model.InsertManyOptions;
import io.connectmongodb.driver.model.InsertManyResult;
import io.connectmongodb.driver.model.InsertOneOptions;
import io.connectmongodb.driver.model.InsertOneResult;
import io.connectmongodb.driver.model.MongoNamespace;
import io.connectmongodb.driver.model.ReplaceOptions;
import io.connectmongodb.driver.model.ReturnDocument;
import io.connectmongodb.driver.model.UpdateOptions;
import io.connectmongodb.driver.model.UpdateResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.codecs.Codec;
import org.bson.codecs.CollectibleCodec;

/**
 * The write side of a collection: turns the caller's documents and options into validated write
 * statements or {@code findAndModify} operations, runs them, and maps replies to results. Every
 * argument of a call is checked before the first command is sent.
 */
final class CollectionWriter<T> {
    private final MongoNamespace namespace;
    private final OperationExecutor executor;
    private final ArgumentEncoder encoder;
    private final Codec<T> codec;

    CollectionWriter(MongoNamespace namespace, OperationExecutor executor, ArgumentEncoder encoder, Codec<T> codec) {
        this.namespace = namespace;
        this.executor = executor;
        this.encoder = encoder;
        this.codec = codec;
    }

    InsertOneResult insertOne(T document, InsertOneOptions options) {
        Arguments.notNull("document", document);
        Arguments.notNull("options", options);
        NamespaceValidator.validateWritableCollection(namespace.getCollectionName());
        WriteStatements.PreparedInsert insert = prepareInsert("document", -1, document);
        WriteResults.throwIfSingleWriteFailed(executor.write(new WriteCommandOperation(namespace, WriteKind.INSERT,
                List.of(insert.statement()), true, options.getBypassDocumentValidation())));
        return new InsertOneResult(insert.id());
    }

    InsertManyResult insertMany(List<? extends T> documents, InsertManyOptions options) {
        Arguments.notEmpty("documents", documents);
        Arguments.notNull("options", options);
        NamespaceValidator.validateWritableCollection(namespace.getCollectionName());
        List<WriteStatement> statements = new ArrayList<>(documents.size());
        List<BsonValue> ids = new ArrayList<>(documents.size());
        for (int i = 0; i < documents.size(); i++) {
            WriteStatements.PreparedInsert insert = prepareInsert("document", i, documents.get(i));
            statements.add(insert.statement());
            ids.add(insert.id());
        }
        return WriteResults.insertManyResult(executor.write(new WriteCommandOperation(namespace, WriteKind.INSERT, statements,
                options.isOrdered(), options.getBypassDocumentValidation())), ids);
    }

    /** {@code update} is an operator document ({@link BsonDocument}) or a pipeline ({@link BsonArray}). */
    UpdateResult update(BsonDocument filter, BsonValue update, boolean multi, UpdateOptions options) {
        Arguments.notNull("options", options);
        NamespaceValidator.validateWritableCollection(namespace.getCollectionName());
        WriteStatement statement = WriteStatements.update("update", filter, update, false, multi, options.isUpsert(),
                encoder.optionalDocuments("arrayFilters", options.getArrayFilters()),
                encoder.hint(options.getHint(), options.getHintString()), ArgumentEncoder.collation(options.getCollation()));
        return WriteResults.updateResult(executor.write(new WriteCommandOperation(namespace, WriteKind.UPDATE,
                List.of(statement), true, options.getBypassDocumentValidation())));
    }

    UpdateResult replaceOne(BsonDocument filter, T replacement, ReplaceOptions options) {
        Arguments.notNull("options", options);
        NamespaceValidator.validateWritableCollection(namespace.getCollectionName());
        BsonDocument document = replacementDocument(replacement);
        WriteStatement statement = WriteStatements.update("replacement document", filter, document, true, false,
                options.isUpsert(), null, encoder.hint(options.getHint(), options.getHintString()),
                ArgumentEncoder.collation(options.getCollation()));
        return WriteResults.updateResult(executor.write(new WriteCommandOperation(namespace, WriteKind.UPDATE,
                List.of(statement), true, options.getBypassDocumentValidation())));
    }

    DeleteResult delete(BsonDocument filter, boolean multi, DeleteOptions options) {
        Arguments.notNull("options", options);
        NamespaceValidator.validateWritableCollection(namespace.getCollectionName());
        WriteStatement statement = WriteStatements.delete("delete", filter, multi,
                encoder.hint(options.getHint(), options.getHintString()), ArgumentEncoder.collation(options.getCollation()));
        return WriteResults.deleteResult(executor.write(new WriteCommandOperation(namespace, WriteKind.DELETE,
                List.of(statement), true, null)));
    }

    T findOneAndDelete(BsonDocument filter, FindOneAndDeleteOptions options) {
        Arguments.notNull("options", options);
        NamespaceValidator.validateWritableCollection(namespace.getCollectionName());
        return executor.write(FindAndModifyOperation.delete(namespace, filter, codec)
                .projection(encoder.optional("projection", options.getProjection()))
                .sort(encoder.optional("sort", options.getSort()))
                .hint(encoder.hint(options.getHint(), options.getHintString()))
                .collation(ArgumentEncoder.collation(options.getCollation()))
                .maxTimeMS(options.getMaxTime(TimeUnit.MILLISECONDS)));
    }

    T findOneAndUpdate(BsonDocument filter, BsonValue update, FindOneAndUpdateOptions options) {
        Arguments.notNull("options", options);
        NamespaceValidator.validateWritableCollection(namespace.getCollectionName());
        return executor.write(FindAndModifyOperation.update(namespace, filter, update, codec)
                .projection(encoder.optional("projection", options.getProjection()))
                .sort(encoder.optional("sort", options.getSort()))
                .returnNew(options.getReturnDocument() == ReturnDocument.AFTER)
                .upsert(options.isUpsert())
                .bypassDocumentValidation(options.getBypassDocumentValidation())
                .arrayFilters(encoder.optionalDocuments("arrayFilters", options.getArrayFilters()))
                .hint(encoder.hint(options.getHint(), options.getHintString()))
                .collation(ArgumentEncoder.collation(options.getCollation()))
                .maxTimeMS(options.getMaxTime(TimeUnit.MILLISECONDS)));
    }

    T findOneAndReplace(BsonDocument filter, T replacement, FindOneAndReplaceOptions options) {
        Arguments.notNull("options", options);
        NamespaceValidator.validateWritableCollection(namespace.getCollectionName());
        BsonDocument document = replacementDocument(replacement);
        return executor.write(FindAndModifyOperation.replace(namespace, filter, document, codec)
                .projection(encoder.optional("projection", options.getProjection()))
                .sort(encoder.optional("sort", options.getSort()))
                .returnNew(options.getReturnDocument() == ReturnDocument.AFTER)
                .upsert(options.isUpsert())
                .bypassDocumentValidation(options.getBypassDocumentValidation())
                .hint(encoder.hint(options.getHint(), options.getHintString()))
                .collation(ArgumentEncoder.collation(options.getCollation()))
                .maxTimeMS(options.getMaxTime(TimeUnit.MILLISECONDS)));
    }

    /** Checks and encodes every request first, then runs them as one bulk write. */
    BulkWriteResult bulkWrite(List<? extends WriteModel<? extends T>> models, BulkWriteOptions options) {
        Arguments.notEmpty("requests", models);
        Arguments.notNull("options", options);
        NamespaceValidator.validateWritableCollection(namespace.getCollectionName());
        List<BulkWriteOperation.Request> requests = new ArrayList<>(models.size());
        for (int i = 0; i < models.size(); i++) {
            requests.add(request(i, models.get(i)));
        }
        return executor.write(new BulkWriteOperation(namespace, requests, options.isOrdered(),
                options.getBypassDocumentValidation()));
    }

    @SuppressWarnings("unchecked")
    private BulkWriteOperation.Request request(int index, WriteModel<? extends T> model) {
        String description = "request at index " + index;
        if (model == null) {
            throw new IllegalArgumentException(description + " must not be null");
        }
        if (model instanceof InsertOneModel<? extends T> insert) {
            WriteStatements.PreparedInsert prepared = prepareInsert("document of " + description, -1, insert.getDocument());
            return new BulkWriteOperation.Request(WriteKind.INSERT, prepared.statement(), prepared.id());
        }
        if (model instanceof UpdateOneModel<? extends T> update) {
            return updateRequest(description, update.getFilter(), update.getUpdate(), update.getUpdatePipeline(), false,
                    update.getOptions());
        }
        if (model instanceof UpdateManyModel<? extends T> update) {
            return updateRequest(description, update.getFilter(), update.getUpdate(), update.getUpdatePipeline(), true,
                    update.getOptions());
        }
        if (model instanceof ReplaceOneModel<? extends T> replace) {
            ReplaceOptions options = replace.getOptions();
            WriteStatement statement = WriteStatements.update(description, encoder.required("filter of " + description,
                            replace.getFilter()), replacementDocument((T) replace.getReplacement()), true, false,
                    options.isUpsert(), null, encoder.hint(options.getHint(), options.getHintString()),
                    ArgumentEncoder.collation(options.getCollation()));
            return new BulkWriteOperation.Request(WriteKind.UPDATE, statement, null);
        }
        DeleteOptions options;
        org.bson.conversions.Bson filter;
        boolean multi;
        if (model instanceof DeleteOneModel<? extends T> delete) {
            options = delete.getOptions();
            filter = delete.getFilter();
            multi = false;
        } else {
            DeleteManyModel<? extends T> delete = (DeleteManyModel<? extends T>) model;
            options = delete.getOptions();
            filter = delete.getFilter();
            multi = true;
        }
        WriteStatement statement = WriteStatements.delete(description, encoder.required("filter of " + description, filter),
                multi, encoder.hint(options.getHint(), options.getHintString()), ArgumentEncoder.collation(options.getCollation()));
        return new BulkWriteOperation.Request(WriteKind.DELETE, statement, null);
    }

    private BulkWriteOperation.Request updateRequest(String description, org.bson.conversions.Bson filter,
                                                     org.bson.conversions.Bson update,
                                                     List<? extends org.bson.conversions.Bson> pipeline, boolean multi,
                                                     UpdateOptions options) {
        BsonValue updateValue = update != null ? updateDocument(update) : updatePipeline(pipeline);
        WriteStatement statement = WriteStatements.update(description, encoder.required("filter of " + description, filter),
                updateValue, false, multi, options.isUpsert(), encoder.optionalDocuments("arrayFilters", options.getArrayFilters()),
                encoder.hint(options.getHint(), options.getHintString()), ArgumentEncoder.collation(options.getCollation()));
        return new BulkWriteOperation.Request(WriteKind.UPDATE, statement, null);
    }

    /** Encodes and checks an update given as a document: it must consist of update operators. */
    BsonValue updateDocument(org.bson.conversions.Bson update) {
        BsonDocument document = encoder.required("update", update);
        UpdateValidator.validateUpdate(document);
        return document;
    }

    /** Encodes and checks an update given as an aggregation pipeline. */
    BsonValue updatePipeline(List<? extends org.bson.conversions.Bson> pipeline) {
        List<BsonDocument> stages = encoder.documents("update pipeline", pipeline);
        UpdateValidator.validatePipeline(stages);
        return new BsonArray(stages);
    }

    /** Encoded once, validated while encoding; the bytes are what the statement sends. */
    private BsonDocument replacementDocument(T replacement) {
        return StoredDocumentEncoder.encodeReplacement("replacement document", replacement, codec);
    }

    @SuppressWarnings("unchecked")
    private WriteStatements.PreparedInsert prepareInsert(String what, int index, Object untyped) {
        T document = (T) untyped;
        if (document == null) {
            Arguments.notNull(WriteStatement.describe(what, index), null);
        }
        T withId = document;
        if (codec instanceof CollectibleCodec) {
            // lets Document and BsonDocument callers see the generated _id on their own object
            withId = ((CollectibleCodec<T>) codec).generateIdIfAbsentFromDocument(document);
        }
        StoredDocumentEncoder.Insert encoded = StoredDocumentEncoder.encodeInsert(what, index, withId, codec);
        return WriteStatements.insert(what, index, encoded.document(), encoded.id(), encoded.size());
    }

}
