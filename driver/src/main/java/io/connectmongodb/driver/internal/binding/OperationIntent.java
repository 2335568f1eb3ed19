package io.connectmongodb.driver.internal.binding;

import io.connectmongodb.driver.ReadPreference;
import java.util.Objects;

/**
 * What an operation needs from the deployment: a server that accepts writes, or one that may serve
 * a read with the given read preference. Server selection and the {@code $readPreference} command
 * argument are both derived from it.
 *
 * @param write           whether the operation writes (and so needs a writable server)
 * @param readPreference  for reads, where the read may go; {@link ReadPreference#primary()} for writes
 */
public record OperationIntent(boolean write, ReadPreference readPreference) {
    private static final OperationIntent WRITE = new OperationIntent(true, ReadPreference.primary());

    public OperationIntent {
        Objects.requireNonNull(readPreference, "readPreference");
        if (write && readPreference.mode() != ReadPreference.Mode.PRIMARY) {
            throw new IllegalArgumentException("a write always goes to the primary, not to " + readPreference);
        }
    }

    public static OperationIntent forRead(ReadPreference readPreference) {
        return new OperationIntent(false, readPreference);
    }

    public static OperationIntent forWrite() {
        return WRITE;
    }

    /** For error messages: "a write" or "a read with read preference ...". */
    public String describe() {
        return write ? "a write" : "a read with read preference " + readPreference;
    }
}
