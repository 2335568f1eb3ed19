package io.connectmongodb.driver;

import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Query results that run on the server each time they are iterated. Each {@link #iterator()},
 * {@link #cursor()}, {@link #first()}, {@link #into(Collection)} or {@link #stream()} call runs
 * the query again.
 */
public interface MongoIterable<T> extends Iterable<T> {

    @Override
    MongoCursor<T> iterator();

    /** Runs the query and returns a cursor over its results; close it when stopping early. */
    MongoCursor<T> cursor();

    /** The first result, or {@code null} when there is none. */
    T first();

    /** Adds every result to {@code target} and returns it. */
    <A extends Collection<? super T>> A into(A target);

    /**
     * {@link #first()} on an async worker. Cancelling the future before it starts means the query
     * never runs.
     */
    CompletableFuture<T> firstAsync();

    /**
     * {@link #into(Collection)} on an async worker. Cancelling the future while results are read
     * stops the reading and kills the server cursor; {@code target} then holds what was read.
     */
    <A extends Collection<? super T>> CompletableFuture<A> intoAsync(A target);

    /** The results passed through {@code mapper}. */
    <U> MongoIterable<U> map(Function<T, U> mapper);

    /**
     * The results as a sequential stream. The cursor is closed when the stream is closed and when
     * it has been read to the end; use try-with-resources when the stream may be abandoned early.
     */
    Stream<T> stream();

    /** How many documents each server round trip should return; 0 means the server's default. */
    MongoIterable<T> batchSize(int batchSize);
}
