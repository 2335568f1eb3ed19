package io.connectmongodb.benchmarks.drivers;

import org.bson.Document;

/**
 * One of the two drivers being compared, connected to one server. Workloads call only this
 * interface, so each workload is written once and measured identically on both sides.
 */
public interface DriverUnderTest extends AutoCloseable {

    /** Which side this is. */
    Side side();

    /** Runs {@code command} against the {@code admin} database and returns its reply. */
    Document runCommand(Document command);

    /** A handle on a collection of the benchmark database, obtained once per workload. */
    CollectionHandle collection(String name);

    @Override
    void close();
}
