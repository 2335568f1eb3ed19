package io.connectmongodb.driver.internal.topology;

import io.connectmongodb.driver.ServerAddress;

/** Creates the monitor of one server; the topology calls it for each server it starts tracking. */
@FunctionalInterface
public interface ServerMonitorFactory {
    Monitor create(ServerAddress address, CheckResultHandler handler);
}
