package io.connectmongodb.driver.gridfs;

import io.connectmongodb.driver.MongoCursor;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import org.bson.conversions.Bson;

/**
 * A query over a bucket's files documents. Each {@link #cursor()}, {@link #iterator()},
 * {@link #first()} or {@link #into(Collection)} call runs the query again.
 */
public interface GridFSFindIterable extends Iterable<GridFSFile> {

    /** Files matching this filter on the files documents ({@code filename}, {@code metadata.x}, ...). */
    GridFSFindIterable filter(Bson filter);

    GridFSFindIterable sort(Bson sort);

    GridFSFindIterable skip(int skip);

    /** At most this many files; 0 for no limit. */
    GridFSFindIterable limit(int limit);

    /** Files documents per server round trip; 0 for the server's default. */
    GridFSFindIterable batchSize(int batchSize);

    MongoCursor<GridFSFile> cursor();

    @Override
    MongoCursor<GridFSFile> iterator();

    /** The first file, or {@code null}. */
    GridFSFile first();

    <A extends Collection<? super GridFSFile>> A into(A target);

    /** {@link #first()} on the client's async workers; cancelled before it starts, the query never runs. */
    CompletableFuture<GridFSFile> firstAsync();

    /**
     * {@link #into(Collection)} on the client's async workers. Cancelling the future while files are read stops the
     * reading and closes the cursor; {@code target} then holds what was read.
     */
    <A extends Collection<? super GridFSFile>> CompletableFuture<A> intoAsync(A target);
}
