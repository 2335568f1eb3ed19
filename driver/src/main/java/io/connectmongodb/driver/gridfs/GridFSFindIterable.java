package io.connectmongodb.driver.gridfs;

import io.connectmongodb.driver.MongoCursor;
import java.util.Collection;
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
}
