package io.connectmongodb.driver.internal.topology;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.cluster.ServerDescription;

/** Where a server monitor reports the outcome of each check (the {@link Topology} implements it). */
public interface CheckResultHandler {

    /** A hello call succeeded and produced {@code description}. */
    void checkSucceeded(ServerDescription description);

    /** A check of {@code address} failed (after the one retry the spec allows). */
    void checkFailed(ServerAddress address, Throwable error);
}
