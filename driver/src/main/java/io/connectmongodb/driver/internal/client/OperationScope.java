package io.connectmongodb.driver.internal.client;

import io.connectmongodb.driver.ReadConcern;
import io.connectmongodb.driver.ReadPreference;
import io.connectmongodb.driver.WriteConcern;
import java.util.Objects;

/**
 * The read preference, read concern and write concern in force for a client, database or
 * collection. Each level starts from its parent's scope and may replace any of the three
 * ({@code withReadPreference} and friends), which is the whole inheritance rule.
 */
public record OperationScope(ReadPreference readPreference, ReadConcern readConcern, WriteConcern writeConcern) {
    public OperationScope {
        Objects.requireNonNull(readPreference, "readPreference");
        Objects.requireNonNull(readConcern, "readConcern");
        Objects.requireNonNull(writeConcern, "writeConcern");
    }

    public OperationScope withReadPreference(ReadPreference value) {
        if (value == null) {
            throw new IllegalArgumentException("readPreference must not be null");
        }
        return new OperationScope(value, readConcern, writeConcern);
    }

    public OperationScope withReadConcern(ReadConcern value) {
        if (value == null) {
            throw new IllegalArgumentException("readConcern must not be null (use ReadConcern.DEFAULT)");
        }
        return new OperationScope(readPreference, value, writeConcern);
    }

    public OperationScope withWriteConcern(WriteConcern value) {
        if (value == null) {
            throw new IllegalArgumentException("writeConcern must not be null (use WriteConcern.DEFAULT)");
        }
        return new OperationScope(readPreference, readConcern, value);
    }
}
