package io.connectmongodb.driver.internal.changestream;

import io.connectmongodb.driver.internal.operation.Operation;

/**
 * How a change stream runs its {@code aggregate}: the client's executor, as a read. Kept as an
 * interface so the stream does not depend on how the client picks servers, and so unit tests
 * can run it against a scripted connection source.
 */
@FunctionalInterface
public interface OperationRunner {
    <R> R run(Operation<R> operation);
}
