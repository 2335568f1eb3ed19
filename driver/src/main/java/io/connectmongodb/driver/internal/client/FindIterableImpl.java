package io.connectmongodb.driver.internal.client;

import io.connectmongodb.driver.FindIterable;
import io.connectmongodb.driver.MongoCursor;
import io.connectmongodb.driver.internal.operation.FindOperation;
import io.connectmongodb.driver.internal.validation.Arguments;
import io.connectmongodb.driver.model.Collation;
import io.connectmongodb.driver.model.MongoNamespace;
import java.util.concurrent.TimeUnit;
import org.bson.BsonDocument;
import org.bson.codecs.Decoder;
import org.bson.conversions.Bson;

/**
 * A configurable {@code find}. Options are encoded when the query runs, each time it runs, so a
 * reused iterable sees the caller's latest changes. {@link #first()} asks for a single document in
 * a single batch, so no server cursor is left open.
 */
final class FindIterableImpl<T> extends AbstractMongoIterable<T> implements FindIterable<T> {
    private final MongoNamespace namespace;
    private final OperationExecutor executor;
    private final ArgumentEncoder encoder;
    private final Decoder<T> decoder;
    private Bson filter;
    private Bson projection;
    private Bson sort;
    private int skip;
    private int limit;
    private Bson hint;
    private String hintString;
    private Collation collation;
    private long maxTimeMS;
    private String comment;

    FindIterableImpl(MongoNamespace namespace, OperationExecutor executor, ArgumentEncoder encoder, Decoder<T> decoder,
                     Bson filter) {
        super(executor.async());
        this.namespace = namespace;
        this.executor = executor;
        this.encoder = encoder;
        this.decoder = decoder;
        this.filter = Arguments.notNull("filter", filter);
    }

    @Override
    public FindIterable<T> filter(Bson filter) {
        this.filter = Arguments.notNull("filter", filter);
        return this;
    }

    @Override
    public FindIterable<T> projection(Bson projection) {
        this.projection = projection;
        return this;
    }

    @Override
    public FindIterable<T> sort(Bson sort) {
        this.sort = sort;
        return this;
    }

    @Override
    public FindIterable<T> skip(int skip) {
        this.skip = Arguments.notNegative("skip", skip);
        return this;
    }

    @Override
    public FindIterable<T> limit(int limit) {
        this.limit = limit;
        return this;
    }

    @Override
    public FindIterable<T> batchSize(int batchSize) {
        super.batchSize(batchSize);
        return this;
    }

    @Override
    public FindIterable<T> hint(Bson hint) {
        this.hint = hint;
        this.hintString = null;
        return this;
    }

    @Override
    public FindIterable<T> hintString(String indexName) {
        this.hintString = indexName;
        this.hint = null;
        return this;
    }

    @Override
    public FindIterable<T> collation(Collation collation) {
        this.collation = collation;
        return this;
    }

    @Override
    public FindIterable<T> maxTime(long maxTime, TimeUnit unit) {
        this.maxTimeMS = Arguments.nonNegativeMillis("maxTime", maxTime, unit);
        return this;
    }

    @Override
    public FindIterable<T> comment(String comment) {
        this.comment = comment;
        return this;
    }

    @Override
    public MongoCursor<T> cursor() {
        return executor.read(operation(limit, getBatchSize()));
    }

    @Override
    MongoCursor<T> firstCursor() {
        return executor.read(operation(-1, 0));
    }

    /** The operation with every option encoded; visible for tests of the command shape. */
    FindOperation<T> operation(int limitToUse, int batchSizeToUse) {
        BsonDocument filterDocument = encoder.required("filter", filter);
        return new FindOperation<>(namespace, decoder)
                .filter(filterDocument)
                .projection(encoder.optional("projection", projection))
                .sort(encoder.optional("sort", sort))
                .skip(skip)
                .limit(limitToUse)
                .batchSize(batchSizeToUse)
                .hint(encoder.hint(hint, hintString))
                .collation(ArgumentEncoder.collation(collation))
                .maxTimeMS(maxTimeMS)
                .comment(ArgumentEncoder.comment(comment));
    }
}
