package io.connectmongodb.driver.internal.gridfs;

import io.connectmongodb.driver.MongoCursor;
import io.connectmongodb.driver.gridfs.GridFSFile;
import io.connectmongodb.driver.gridfs.GridFSFindIterable;
import io.connectmongodb.driver.internal.bson.BsonEncoding;
import io.connectmongodb.driver.internal.validation.Arguments;
import io.connectmongodb.driver.internal.async.AsyncRunner;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.bson.BsonDocument;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.conversions.Bson;

/** A query over files documents; arguments are encoded when given so bad ones fail at once. */
final class GridFSFindIterableImpl implements GridFSFindIterable {
    private final BucketCommands commands;
    private final CodecRegistry registry;
    private final Supplier<AsyncRunner> async;
    private BsonDocument filter;
    private BsonDocument sort;
    private int skip;
    private int limit;
    private int batchSize;

    GridFSFindIterableImpl(BucketCommands commands, CodecRegistry registry, Supplier<AsyncRunner> async, Bson filter) {
        this.commands = commands;
        this.registry = registry;
        this.async = async;
        this.filter = BsonEncoding.toDocument("filter", filter, registry);
    }

    @Override
    public GridFSFindIterable filter(Bson newFilter) {
        this.filter = BsonEncoding.toDocument("filter", newFilter, registry);
        return this;
    }

    @Override
    public GridFSFindIterable sort(Bson newSort) {
        this.sort = BsonEncoding.toDocumentOrNull("sort", newSort, registry);
        return this;
    }

    @Override
    public GridFSFindIterable skip(int newSkip) {
        this.skip = Arguments.notNegative("skip", newSkip);
        return this;
    }

    @Override
    public GridFSFindIterable limit(int newLimit) {
        this.limit = Arguments.notNegative("limit", newLimit);
        return this;
    }

    @Override
    public GridFSFindIterable batchSize(int newBatchSize) {
        this.batchSize = Arguments.notNegative("batchSize", newBatchSize);
        return this;
    }

    @Override
    public MongoCursor<GridFSFile> cursor() {
        return commands.findFiles(filter, sort, skip, limit, batchSize, FilesDocuments::toGridFSFile);
    }

    @Override
    public MongoCursor<GridFSFile> iterator() {
        return cursor();
    }

    @Override
    public GridFSFile first() {
        try (MongoCursor<GridFSFile> cursor = commands.findFiles(filter, sort, skip, 1, 0, FilesDocuments::toGridFSFile)) {
            return cursor.hasNext() ? cursor.next() : null;
        }
    }

    @Override
    public <A extends Collection<? super GridFSFile>> A into(A target) {
        Arguments.notNull("target", target);
        try (MongoCursor<GridFSFile> cursor = cursor()) {
            cursor.forEachRemaining(target::add);
        }
        return target;
    }

    @Override
    public CompletableFuture<GridFSFile> firstAsync() {
        return async.get().supplyCancellable(future -> future.isCancelled() ? null : first());
    }

    /** Reads on a worker; cancelling the future stops at the next file and closes the cursor. */
    @Override
    public <A extends Collection<? super GridFSFile>> CompletableFuture<A> intoAsync(A target) {
        Arguments.notNull("target", target);
        return async.get().supplyCancellable(future -> {
            try (MongoCursor<GridFSFile> cursor = cursor()) {
                while (!future.isCancelled() && cursor.hasNext()) {
                    target.add(cursor.next());
                }
            }
            return target;
        });
    }
}
