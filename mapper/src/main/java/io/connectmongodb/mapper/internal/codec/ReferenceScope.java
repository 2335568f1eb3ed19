package io.connectmongodb.mapper.internal.codec;

import java.util.Map;
import java.util.function.Supplier;

/**
 * Entities loaded in advance for the references of one result batch, visible to
 * {@link ReferenceCodec} while that batch is decoded on the current thread. The scope is bound
 * and cleared around the decoding, so a raw codec call outside it sees no loaded entities.
 */
public final class ReferenceScope {
    private static final ThreadLocal<Map<Class<?>, Map<Object, Object>>> CURRENT = new ThreadLocal<>();

    private ReferenceScope() {
    }

    /** Runs {@code work} with {@code loaded} (referenced type to id to entity) visible to reference decoding. */
    public static <R> R with(Map<Class<?>, Map<Object, Object>> loaded, Supplier<R> work) {
        Map<Class<?>, Map<Object, Object>> previous = CURRENT.get();
        CURRENT.set(loaded);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    static Map<Class<?>, Map<Object, Object>> current() {
        return CURRENT.get();
    }
}
