package io.connectmongodb.driver.internal.wire;

/**
 * The size limits a wire message must respect: the largest single document and the largest
 * whole message. Before the handshake the spec defaults apply; afterwards the server's values.
 *
 * @param maxBsonObjectSize    largest document (the command body may exceed it by
 *                             {@link #COMMAND_BODY_ALLOWANCE} bytes)
 * @param maxMessageSizeBytes  largest message, header included, in either direction
 */
public record MessageLimits(int maxBsonObjectSize, int maxMessageSizeBytes) {
    /** The default {@code maxBsonObjectSize}: 16 MiB. */
    public static final int DEFAULT_MAX_BSON_OBJECT_SIZE = 16 * 1024 * 1024;
    /** The default {@code maxMessageSizeBytes}: 48,000,000. */
    public static final int DEFAULT_MAX_MESSAGE_SIZE_BYTES = 48_000_000;
    /** The OP_MSG spec lets the command body carry 16 KiB of command fields beyond maxBsonObjectSize. */
    public static final int COMMAND_BODY_ALLOWANCE = 16 * 1024;
    /** Limits to use before the server has told us its own. */
    public static final MessageLimits DEFAULTS =
            new MessageLimits(DEFAULT_MAX_BSON_OBJECT_SIZE, DEFAULT_MAX_MESSAGE_SIZE_BYTES);

    public MessageLimits {
        if (maxBsonObjectSize <= 0) {
            throw new IllegalArgumentException("maxBsonObjectSize must be positive, was " + maxBsonObjectSize);
        }
        if (maxMessageSizeBytes < MessageHeader.LENGTH) {
            throw new IllegalArgumentException("maxMessageSizeBytes must be at least " + MessageHeader.LENGTH
                    + ", was " + maxMessageSizeBytes);
        }
    }

    /** The largest command body: {@code maxBsonObjectSize} plus the 16 KiB allowance, without overflow. */
    public int maxCommandBodySize() {
        long size = (long) maxBsonObjectSize + COMMAND_BODY_ALLOWANCE;
        return (int) Math.min(Integer.MAX_VALUE, size);
    }
}
