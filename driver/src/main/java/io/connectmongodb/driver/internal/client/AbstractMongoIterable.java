package io.connectmongodb.driver.internal.client;

import io.connectmongodb.driver.MongoCursor;
import io.connectmongodb.driver.MongoIterable;
import io.connectmongodb.driver.internal.validation.Arguments;
import io.connectmongodb.driver.internal.async.AsyncRunner;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The shared behaviour of every iterable: each call opens a fresh cursor; {@link #first()} and
 * {@link #into(Collection)} close theirs; {@link #stream()} closes its cursor when the stream is
 * closed and as soon as it has been read to the end.
 */
abstract class AbstractMongoIterable<T> implements MongoIterable<T> {
    private final AsyncRunner async;
    private int batchSize;

    AbstractMongoIterable(AsyncRunner async) {
        this.async = async;
    }

    AsyncRunner async() {
        return async;
    }

    @Override
    public CompletableFuture<T> firstAsync() {
        return async.supplyCancellable(future -> {
            try (MongoCursor<T> cursor = firstCursor()) {
                return !future.isCancelled() && cursor.hasNext() ? cursor.next() : null;
            }
        });
    }

    /**
     * Reads on a worker; cancelling the future stops the reading at the next document and closes
     * the cursor, which kills the server cursor.
     */
    @Override
    public <A extends Collection<? super T>> CompletableFuture<A> intoAsync(A target) {
        Arguments.notNull("target", target);
        return async.supplyCancellable(future -> {
            try (MongoCursor<T> cursor = cursor()) {
                while (!future.isCancelled() && cursor.hasNext()) {
                    target.add(cursor.next());
                }
            }
            return target;
        });
    }

    @Override
    public MongoCursor<T> iterator() {
        return cursor();
    }

    @Override
    public T first() {
        try (MongoCursor<T> cursor = firstCursor()) {
            return cursor.hasNext() ? cursor.next() : null;
        }
    }

    /** The cursor {@link #first()} reads; subclasses narrow it to a single small batch. */
    MongoCursor<T> firstCursor() {
        return cursor();
    }

    @Override
    public <A extends Collection<? super T>> A into(A target) {
        Arguments.notNull("target", target);
        try (MongoCursor<T> cursor = cursor()) {
            cursor.forEachRemaining(target::add);
        }
        return target;
    }

    @Override
    public <U> MongoIterable<U> map(Function<T, U> mapper) {
        return new MappingIterable<>(this, Arguments.notNull("mapper", mapper));
    }

    @Override
    public Stream<T> stream() {
        MongoCursor<T> cursor = cursor();
        Iterator<T> closingAtEnd = new Iterator<>() {
            private boolean done;

            @Override
            public boolean hasNext() {
                if (done) {
                    return false;
                }
                if (cursor.hasNext()) {
                    return true;
                }
                done = true;
                cursor.close();
                return false;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("the stream has no more results");
                }
                return cursor.next();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(closingAtEnd, Spliterator.ORDERED), false)
                .onClose(cursor::close);
    }

    @Override
    public MongoIterable<T> batchSize(int batchSize) {
        this.batchSize = Arguments.notNegative("batchSize", batchSize);
        return this;
    }

    int getBatchSize() {
        return batchSize;
    }
}
