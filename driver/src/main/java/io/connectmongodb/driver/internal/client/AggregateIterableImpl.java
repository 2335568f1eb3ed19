package io.connectmongodb.driver.internal.client;

import io.connectmongodb.driver.AggregateIterable;
import io.connectmongodb.driver.MongoCursor;
import io.connectmongodb.driver.internal.operation.AggregateOperation;
import io.connectmongodb.driver.internal.validation.Arguments;
import io.connectmongodb.driver.model.Collation;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.bson.BsonDocument;
import org.bson.codecs.Decoder;
import org.bson.conversions.Bson;

/**
 * A configurable aggregation on a collection or a database. The pipeline is encoded when it is
 * given, so bad stages fail at once. A pipeline ending in {@code $out}/{@code $merge} runs when
 * iterated (its cursor holds nothing) or by {@link #toCollection()}.
 */
final class AggregateIterableImpl<T> extends AbstractMongoIterable<T> implements AggregateIterable<T> {
    private final OperationExecutor executor;
    private final Function<List<BsonDocument>, AggregateOperation<T>> newOperation;
    private final ArgumentEncoder encoder;
    private final List<BsonDocument> pipeline;
    private Boolean allowDiskUse;
    private Collation collation;
    private Bson hint;
    private String hintString;
    private long maxTimeMS;
    private String comment;
    private Boolean bypassDocumentValidation;

    /**
     * @param newOperation makes the collection- or database-level operation for the encoded pipeline
     */
    AggregateIterableImpl(OperationExecutor executor, ArgumentEncoder encoder, List<? extends Bson> pipeline,
                          Function<List<BsonDocument>, AggregateOperation<T>> newOperation) {
        super(executor.async());
        this.executor = executor;
        this.encoder = encoder;
        this.pipeline = encoder.documents("pipeline", pipeline);
        this.newOperation = newOperation;
    }

    static <T> Function<List<BsonDocument>, AggregateOperation<T>> onCollection(
            io.connectmongodb.driver.model.MongoNamespace namespace, Decoder<T> decoder) {
        return stages -> new AggregateOperation<>(namespace, stages, decoder);
    }

    static <T> Function<List<BsonDocument>, AggregateOperation<T>> onDatabase(String databaseName, Decoder<T> decoder) {
        return stages -> new AggregateOperation<>(databaseName, stages, decoder);
    }

    @Override
    public void toCollection() {
        AggregateOperation<T> operation = operation();
        if (!operation.writesToCollection()) {
            throw new IllegalStateException("toCollection() needs a pipeline whose last stage is $out or $merge");
        }
        executor.write(operation).close();
    }

    @Override
    public java.util.concurrent.CompletableFuture<Void> toCollectionAsync() {
        return async().run(this::toCollection);
    }

    @Override
    public AggregateIterable<T> allowDiskUse(Boolean allowDiskUse) {
        this.allowDiskUse = allowDiskUse;
        return this;
    }

    @Override
    public AggregateIterable<T> batchSize(int batchSize) {
        super.batchSize(batchSize);
        return this;
    }

    @Override
    public AggregateIterable<T> collation(Collation collation) {
        this.collation = collation;
        return this;
    }

    @Override
    public AggregateIterable<T> hint(Bson hint) {
        this.hint = hint;
        this.hintString = null;
        return this;
    }

    @Override
    public AggregateIterable<T> hintString(String indexName) {
        this.hintString = indexName;
        this.hint = null;
        return this;
    }

    @Override
    public AggregateIterable<T> maxTime(long maxTime, TimeUnit unit) {
        this.maxTimeMS = Arguments.nonNegativeMillis("maxTime", maxTime, unit);
        return this;
    }

    @Override
    public AggregateIterable<T> comment(String comment) {
        this.comment = comment;
        return this;
    }

    @Override
    public AggregateIterable<T> bypassDocumentValidation(Boolean bypassDocumentValidation) {
        this.bypassDocumentValidation = bypassDocumentValidation;
        return this;
    }

    @Override
    public MongoCursor<T> cursor() {
        AggregateOperation<T> operation = operation();
        return operation.writesToCollection() ? executor.write(operation) : executor.read(operation);
    }

    AggregateOperation<T> operation() {
        return newOperation.apply(pipeline)
                .allowDiskUse(allowDiskUse)
                .batchSize(getBatchSize())
                .collation(ArgumentEncoder.collation(collation))
                .hint(encoder.hint(hint, hintString))
                .maxTimeMS(maxTimeMS)
                .comment(ArgumentEncoder.comment(comment))
                .bypassDocumentValidation(bypassDocumentValidation);
    }
}
