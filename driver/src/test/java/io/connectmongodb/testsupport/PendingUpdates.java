package io.connectmongodb.testsupport;

import de.bwaldvogel.mongo.bson.Document;
import java.util.HashMap;
import java.util.Map;

/**
 * Hands each updated document's before and after images from the collection to the oplog.
 *
 * <p>mongo-java-server updates documents one by one (calling the collection's {@code handleUpdate} with a copy of
 * the old document and the new one) and only afterwards tells the oplog which ids changed, on the same thread and
 * without the images. The collection records the images here, per thread and keyed by namespace and id; the oplog
 * takes them, then clears whatever a failed update may have left behind.
 */
final class PendingUpdates {
    /** A document before and after one update. */
    record Images(Document before, Document after) {
    }

    private record Key(String namespace, Object id) {
    }

    private static final ThreadLocal<Map<Key, Images>> PENDING = ThreadLocal.withInitial(HashMap::new);

    private PendingUpdates() {
    }

    static void record(String namespace, Document before, Document after) {
        PENDING.get().put(new Key(namespace, after.get("_id")), new Images(before.cloneDeeply(), after.cloneDeeply()));
    }

    /** The images of {@code id} in {@code namespace}, or {@code null} when none were recorded. */
    static Images take(String namespace, Object id) {
        return PENDING.get().remove(new Key(namespace, id));
    }

    static void clear() {
        PENDING.get().clear();
    }
}
