package io.connectmongodb.mapper.internal.model;

import java.util.UUID;

import org.bson.types.ObjectId;

/**
 * Makes an id for an entity inserted without one: a new ObjectId, its hex string for String ids,
 * or a random UUID. Long ids have no server-independent generator, so they must be assigned.
 */
public final class IdGenerator {
    private IdGenerator() {
    }

    public static boolean isAbsent(Object id) {
        return id == null || (id instanceof Long value && value == 0L);
    }

    /** Whether ids of this entity are generated (ObjectId, String or UUID ids). */
    public static boolean isGenerated(EntityModel<?> model) {
        Class<?> type = model.id().rawType();
        return type == ObjectId.class || type == String.class || type == UUID.class;
    }

    public static Object generate(EntityModel<?> model) {
        PropertyModel id = model.id();
        Class<?> type = id.rawType();
        if (type == ObjectId.class) {
            return new ObjectId();
        }
        if (type == String.class) {
            return new ObjectId().toHexString();
        }
        if (type == UUID.class) {
            return UUID.randomUUID();
        }
        throw new IllegalArgumentException(model.type().getName() + "." + id.name()
                + " is a Long id, which is not generated: assign it before inserting");
    }
}
