package io.connectmongodb.driver.internal.operation;

import io.connectmongodb.driver.internal.connection.ConnectionSource;

/**
 * One driver operation (a command, or a sequence of commands such as write batches). It takes the
 * connections it needs from {@code source} and hands them back before returning; cursors keep the
 * source to fetch later batches.
 */
@FunctionalInterface
public interface Operation<R> {
    R execute(ConnectionSource source);
}
