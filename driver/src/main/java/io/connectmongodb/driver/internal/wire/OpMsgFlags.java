package io.connectmongodb.driver.internal.wire;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.error.MongoProtocolException;

/**
 * The OP_MSG {@code flagBits}. Bits 0-15 are "required": a receiver that does not know a set one
 * must fail. Bits 16-31 are optional and ignored when unknown.
 */
public final class OpMsgFlags {
    /** The message ends with a CRC-32C checksum of everything before it. */
    public static final int CHECKSUM_PRESENT = 1;
    /** The sender will send another message without waiting for a request. */
    public static final int MORE_TO_COME = 1 << 1;
    /** The client accepts several replies to one request (exhaust cursors). */
    public static final int EXHAUST_ALLOWED = 1 << 16;

    private static final int REQUIRED_BITS = 0xFFFF;
    private static final int KNOWN_REQUIRED_BITS = CHECKSUM_PRESENT | MORE_TO_COME;

    private OpMsgFlags() {
    }

    public static boolean isSet(int flags, int bit) {
        return (flags & bit) != 0;
    }

    /** Fails when {@code flags} has a required bit this driver does not know. */
    static void checkRequiredBitsKnown(int flags, ServerAddress address) {
        int unknown = flags & REQUIRED_BITS & ~KNOWN_REQUIRED_BITS;
        if (unknown != 0) {
            throw new MongoProtocolException("OP_MSG from " + address + " has unknown required flag bits 0x"
                    + Integer.toHexString(unknown), address);
        }
    }
}
