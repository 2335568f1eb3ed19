package io.connectmongodb.driver;

import io.connectmongodb.driver.model.Collation;
import java.util.concurrent.TimeUnit;
import org.bson.conversions.Bson;

/**
 * An aggregation pipeline, configured fluently before it is run. A pipeline ending in
 * {@code $out} or {@code $merge} writes to a collection: iterate it or call {@link #toCollection()}
 * to run it; its cursor then holds no documents.
 */
public interface AggregateIterable<T> extends MongoIterable<T> {

    /** Runs a pipeline whose last stage is {@code $out} or {@code $merge}. */
    void toCollection();

    /** {@link #toCollection()} on an async worker. */
    java.util.concurrent.CompletableFuture<Void> toCollectionAsync();

    AggregateIterable<T> allowDiskUse(Boolean allowDiskUse);

    @Override
    AggregateIterable<T> batchSize(int batchSize);

    AggregateIterable<T> collation(Collation collation);

    /** Use the index with this key pattern. Clears an index name given by {@link #hintString(String)}. */
    AggregateIterable<T> hint(Bson hint);

    /** Use the index with this name. Clears a key pattern given by {@link #hint(Bson)}. */
    AggregateIterable<T> hintString(String indexName);

    /** Server-side time limit; 0 means none. */
    AggregateIterable<T> maxTime(long maxTime, TimeUnit unit);

    AggregateIterable<T> comment(String comment);

    /** For {@code $out}/{@code $merge}: skip the target collection's document validation. */
    AggregateIterable<T> bypassDocumentValidation(Boolean bypassDocumentValidation);
}
