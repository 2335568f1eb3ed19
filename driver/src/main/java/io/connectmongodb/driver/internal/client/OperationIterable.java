package io.connectmongodb.driver.internal.client;

import io.connectmongodb.driver.MongoCursor;
import java.util.function.IntFunction;

/**
 * An iterable whose cursor comes from running an operation with the current batch size, for the
 * listing commands and {@code distinct} which have no further options.
 */
final class OperationIterable<T> extends AbstractMongoIterable<T> {
    private final IntFunction<MongoCursor<T>> run;

    /** @param run runs the operation with the given batch size (0 for the server's default) */
    OperationIterable(io.connectmongodb.driver.internal.async.AsyncRunner async, IntFunction<MongoCursor<T>> run) {
        super(async);
        this.run = run;
    }

    @Override
    public MongoCursor<T> cursor() {
        return run.apply(getBatchSize());
    }
}
