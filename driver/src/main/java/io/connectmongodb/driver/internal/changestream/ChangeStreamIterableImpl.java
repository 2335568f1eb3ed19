package io.connectmongodb.driver.internal.changestream;

import io.connectmongodb.driver.changestream.ChangeStreamCursor;
import io.connectmongodb.driver.changestream.ChangeStreamIterable;
import io.connectmongodb.driver.changestream.ChangeStreamListener;
import io.connectmongodb.driver.changestream.ChangeStreamSubscription;
import io.connectmongodb.driver.changestream.FullDocument;
import io.connectmongodb.driver.changestream.FullDocumentBeforeChange;
import io.connectmongodb.driver.internal.async.AsyncRunner;
import io.connectmongodb.driver.internal.bson.BsonEncoding;
import io.connectmongodb.driver.internal.validation.Arguments;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bson.BsonDocument;
import org.bson.BsonTimestamp;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.conversions.Bson;

/**
 * The configurable change stream behind every {@code watch()}: it collects and checks the options
 * and opens a {@link ChangeStreamCursorImpl} or a {@link ListenerSubscription} (which polls on the client's async
 * pool). The pipeline is encoded when given, so bad stages fail at once.
 */
public final class ChangeStreamIterableImpl<T> implements ChangeStreamIterable<T> {
    private final OperationRunner runner;
    private final AsyncRunner async;
    private final ChangeStreamTarget target;
    private final CodecRegistry registry;
    private final Class<T> documentClass;
    private final List<BsonDocument> pipeline;
    private FullDocument fullDocument = FullDocument.DEFAULT;
    private FullDocumentBeforeChange fullDocumentBeforeChange = FullDocumentBeforeChange.DEFAULT;
    private BsonDocument resumeAfter;
    private BsonDocument startAfter;
    private BsonTimestamp startAtOperationTime;
    private int batchSize;
    private long maxAwaitTimeMS;

    public ChangeStreamIterableImpl(OperationRunner runner, AsyncRunner async, ChangeStreamTarget target,
                                    CodecRegistry registry, List<? extends Bson> pipeline, Class<T> documentClass) {
        this(runner, async, target, registry, BsonEncoding.toDocuments("pipeline", pipeline, registry), documentClass, true);
    }

    private ChangeStreamIterableImpl(OperationRunner runner, AsyncRunner async, ChangeStreamTarget target,
                                     CodecRegistry registry, List<BsonDocument> encodedPipeline, Class<T> documentClass,
                                     boolean checkClass) {
        this.runner = runner;
        this.async = Arguments.notNull("async runner", async);
        this.target = target;
        this.registry = registry;
        this.pipeline = List.copyOf(encodedPipeline);
        this.documentClass = Arguments.notNull("documentClass", documentClass);
        if (checkClass) {
            registry.get(documentClass);
        }
    }

    @Override
    public ChangeStreamIterable<T> fullDocument(FullDocument newFullDocument) {
        this.fullDocument = Arguments.notNull("fullDocument", newFullDocument);
        return this;
    }

    @Override
    public ChangeStreamIterable<T> fullDocumentBeforeChange(FullDocumentBeforeChange newValue) {
        this.fullDocumentBeforeChange = Arguments.notNull("fullDocumentBeforeChange", newValue);
        return this;
    }

    @Override
    public ChangeStreamIterable<T> resumeAfter(BsonDocument resumeToken) {
        this.resumeAfter = Arguments.notNull("resumeAfter", resumeToken);
        return this;
    }

    @Override
    public ChangeStreamIterable<T> startAfter(BsonDocument resumeToken) {
        this.startAfter = Arguments.notNull("startAfter", resumeToken);
        return this;
    }

    @Override
    public ChangeStreamIterable<T> startAtOperationTime(BsonTimestamp operationTime) {
        this.startAtOperationTime = Arguments.notNull("startAtOperationTime", operationTime);
        return this;
    }

    @Override
    public ChangeStreamIterable<T> batchSize(int newBatchSize) {
        this.batchSize = Arguments.notNegative("batchSize", newBatchSize);
        return this;
    }

    @Override
    public ChangeStreamIterable<T> maxAwaitTime(long maxAwaitTime, TimeUnit unit) {
        Arguments.notNull("maxAwaitTime unit", unit);
        if (maxAwaitTime < 0) {
            throw new IllegalArgumentException("maxAwaitTime must not be negative, was " + maxAwaitTime);
        }
        this.maxAwaitTimeMS = unit.toMillis(maxAwaitTime);
        return this;
    }

    @Override
    public ChangeStreamCursor<T> cursor() {
        return new ChangeStreamCursorImpl<>(runner, options(), new EventDecoder<>(registry.get(documentClass)));
    }

    @Override
    public ChangeStreamSubscription listen(ChangeStreamListener<T> listener) {
        Arguments.notNull("listener", listener);
        return ListenerSubscription.start(cursor(), listener, async);
    }

    @Override
    public <R> ChangeStreamIterable<R> withDocumentClass(Class<R> newDocumentClass) {
        Arguments.notNull("documentClass", newDocumentClass);
        ChangeStreamIterableImpl<R> copy = new ChangeStreamIterableImpl<>(runner, async, target, registry, pipeline,
                newDocumentClass, true);
        copy.fullDocument = fullDocument;
        copy.fullDocumentBeforeChange = fullDocumentBeforeChange;
        copy.resumeAfter = resumeAfter;
        copy.startAfter = startAfter;
        copy.startAtOperationTime = startAtOperationTime;
        copy.batchSize = batchSize;
        copy.maxAwaitTimeMS = maxAwaitTimeMS;
        return copy;
    }

    /** The options as they stand; fails when more than one starting point is set. */
    ChangeStreamOptions options() {
        return new ChangeStreamOptions(target, pipeline, fullDocument, fullDocumentBeforeChange, resumeAfter, startAfter,
                startAtOperationTime, batchSize, maxAwaitTimeMS);
    }
}
