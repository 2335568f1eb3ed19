package io.connectmongodb.driver;

import io.connectmongodb.driver.model.Collation;
import java.util.concurrent.TimeUnit;
import org.bson.conversions.Bson;

/** A {@code find} query, configured fluently before it is iterated. */
public interface FindIterable<T> extends MongoIterable<T> {

    FindIterable<T> filter(Bson filter);

    FindIterable<T> projection(Bson projection);

    FindIterable<T> sort(Bson sort);

    /** Skip this many matching documents; must not be negative. */
    FindIterable<T> skip(int skip);

    /**
     * Return at most this many documents; 0 means no limit. A negative value returns at most
     * {@code -limit} documents in a single batch and closes the cursor.
     */
    FindIterable<T> limit(int limit);

    @Override
    FindIterable<T> batchSize(int batchSize);

    /** Use the index with this key pattern. Clears an index name given by {@link #hintString(String)}. */
    FindIterable<T> hint(Bson hint);

    /** Use the index with this name. Clears a key pattern given by {@link #hint(Bson)}. */
    FindIterable<T> hintString(String indexName);

    FindIterable<T> collation(Collation collation);

    /** Server-side time limit for the query; 0 means none. */
    FindIterable<T> maxTime(long maxTime, TimeUnit unit);

    /** A comment that appears in the server's logs and profiler. */
    FindIterable<T> comment(String comment);
}
