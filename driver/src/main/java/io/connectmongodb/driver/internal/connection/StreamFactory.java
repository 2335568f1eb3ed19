package io.connectmongodb.driver.internal.connection;

import io.connectmongodb.driver.ServerAddress;

/** Creates unopened {@link Stream}s; the seam where TLS, compression or test streams are chosen. */
@FunctionalInterface
public interface StreamFactory {
    Stream create(ServerAddress address);
}
