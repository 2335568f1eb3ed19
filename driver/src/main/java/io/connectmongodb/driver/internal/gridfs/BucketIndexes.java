package io.connectmongodb.driver.internal.gridfs;

import io.connectmongodb.driver.MongoCollection;
import io.connectmongodb.driver.model.IndexOptions;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonValue;
import org.bson.Document;

/**
 * Creates the two indexes the GridFS spec requires before a bucket's first write:
 * {@code {filename: 1, uploadDate: 1}} on {@code files} and the unique
 * {@code {files_id: 1, n: 1}} on {@code chunks}.
 *
 * <p>As the spec says, nothing is done when the files collection already holds a document (the
 * indexes are then the deployment's business); otherwise each collection's {@code listIndexes}
 * is read first and an index is created only when none has the same keys, comparing key values
 * numerically so that {@code 1} and {@code 1.0} count as equal. The check runs once per bucket
 * (copies made by {@code with...} share it) and again after {@code drop()}.
 */
final class BucketIndexes {
    static final BsonDocument FILES_KEYS = new BsonDocument("filename", new BsonInt32(1)).append("uploadDate", new BsonInt32(1));
    static final BsonDocument CHUNKS_KEYS = new BsonDocument("files_id", new BsonInt32(1)).append("n", new BsonInt32(1));

    private volatile boolean checked;

    void ensure(BucketCommands commands) {
        if (checked) {
            return;
        }
        synchronized (this) {
            if (checked) {
                return;
            }
            if (commands.filesCollectionIsEmpty()) {
                createIfMissing(commands.database().getCollection(commands.filesName()), FILES_KEYS, false);
                createIfMissing(commands.database().getCollection(commands.chunksName()), CHUNKS_KEYS, true);
            }
            checked = true;
        }
    }

    /** Makes the next write check again (the collections were dropped). */
    void reset() {
        checked = false;
    }

    private static void createIfMissing(MongoCollection<Document> collection, BsonDocument keys, boolean unique) {
        for (Document index : collection.listIndexes()) {
            Object key = index.get("key");
            if (key instanceof Document && sameKeys(((Document) key).toBsonDocument(), keys)) {
                return;
            }
        }
        collection.createIndex(keys, new IndexOptions().unique(unique));
    }

    /** Same field names in the same order, with numerically equal directions. */
    static boolean sameKeys(BsonDocument actual, BsonDocument expected) {
        if (actual.size() != expected.size()) {
            return false;
        }
        var actualKeys = actual.keySet().iterator();
        for (String name : expected.keySet()) {
            String actualName = actualKeys.next();
            if (!actualName.equals(name)) {
                return false;
            }
            BsonValue value = actual.get(actualName);
            if (!value.isNumber() || value.asNumber().doubleValue() != expected.get(name).asNumber().doubleValue()) {
                return false;
            }
        }
        return true;
    }
}
