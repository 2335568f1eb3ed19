package io.connectmongodb.driver.internal.wire;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hands out wire-message request ids from one process-wide counter, so that ids are unique across
 * every connection of the JVM (which makes server logs and packet captures unambiguous). The
 * counter wraps around after 2^32 messages; by then earlier ids are long answered.
 */
public final class RequestIds {
    private static final AtomicInteger NEXT = new AtomicInteger(1);

    private RequestIds() {
    }

    /** The next request id. */
    public static int next() {
        return NEXT.getAndIncrement();
    }
}
