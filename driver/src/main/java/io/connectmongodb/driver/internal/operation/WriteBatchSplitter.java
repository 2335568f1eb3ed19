package io.connectmongodb.driver.internal.operation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.bson.RawBsonDocument;

/**
 * Splits a write's statements into batches the server accepts, in order. A batch closes when it
 * holds {@code maxWriteBatchSize} statements, or when the next statement would make the OP_MSG
 * larger than {@code maxMessageSizeBytes}. The message size is computed exactly: 16-byte header,
 * 4-byte flags, the kind-0 section (1 byte + the command) and the kind-1 section (1 byte, 4-byte
 * length, the identifier as a C string, then the documents). A batch always takes at least one
 * statement, so an oversized single statement is still attempted (its document size was already
 * checked against {@code maxBsonObjectSize}).
 */
public final class WriteBatchSplitter {
    private static final int HEADER_AND_FLAGS = 16 + 4;

    private WriteBatchSplitter() {
    }

    /**
     * A run of statements sent together.
     *
     * @param offset     index of the first statement in the caller's list
     * @param statements the encoded statements
     */
    public record Batch(int offset, List<RawBsonDocument> statements) {
    }

    /**
     * The batches of a write of one statement: always exactly one batch holding it, whatever the
     * sizes (as {@link #split} gives), so no size needs to be computed.
     */
    public static List<Batch> single(WriteStatement statement, int maxWriteBatchSize) {
        requirePositive(maxWriteBatchSize);
        return List.of(new Batch(0, List.of(statement.statement())));
    }

    /**
     * @param commandSize the encoded size of the command document without its statements
     */
    public static List<Batch> split(List<WriteStatement> statements, String sequenceIdentifier, int commandSize,
                                    int maxWriteBatchSize, int maxMessageSizeBytes) {
        requirePositive(maxWriteBatchSize);
        int fixed = HEADER_AND_FLAGS + 1 + commandSize + 1 + 4
                + sequenceIdentifier.getBytes(StandardCharsets.UTF_8).length + 1;
        List<Batch> batches = new ArrayList<>();
        List<RawBsonDocument> current = new ArrayList<>();
        int currentOffset = 0;
        long messageSize = fixed;
        for (int i = 0; i < statements.size(); i++) {
            RawBsonDocument statement = statements.get(i).statement();
            int size = statements.get(i).statementSize();
            boolean full = current.size() >= maxWriteBatchSize || messageSize + size > maxMessageSizeBytes;
            if (!current.isEmpty() && full) {
                batches.add(new Batch(currentOffset, List.copyOf(current)));
                current = new ArrayList<>();
                currentOffset = i;
                messageSize = fixed;
            }
            current.add(statement);
            messageSize += size;
        }
        if (!current.isEmpty()) {
            batches.add(new Batch(currentOffset, List.copyOf(current)));
        }
        return batches;
    }

    private static void requirePositive(int maxWriteBatchSize) {
        if (maxWriteBatchSize < 1) {
            throw new IllegalArgumentException("maxWriteBatchSize must be positive, was " + maxWriteBatchSize);
        }
    }
}
