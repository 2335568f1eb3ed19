package io.connectmongodb.testsupport;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Cursor;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.aggregation.Aggregation;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.CollectionBackedOplog;
import java.util.List;

/**
 * mongo-java-server's collection-backed oplog, with update entries that carry the document's images.
 *
 * <p>The server writes one oplog entry per updated id, with the update operators as {@code o}. This subclass
 * calls the server once per id instead, passing a marker document ({@link #SHIM_FIELD}) with the operation type
 * (a replacement document, one without {@code $} operators, is a {@code replace}), the namespace, the id and the
 * before and after images. The server's change-stream mapping copies {@code o} into the event's
 * {@code documentKey}, where {@link ChangeEventRewriteStage}, put first in every change stream's pipeline, finds
 * the marker and builds the real event. Timestamps, resume tokens and cursors stay the server's.
 */
final class ChangeEventOplog extends CollectionBackedOplog {
    /** The field of an oplog entry's {@code o} that holds the shim's record of an update. */
    static final String SHIM_FIELD = "connectMongodbShimChange";

    private final MongoBackend backend;

    @SuppressWarnings("unchecked") // the server's own createOplog passes its raw oplog collection the same way
    ChangeEventOplog(MongoBackend backend, MongoCollection<?> oplogCollection, CursorRegistry cursorRegistry) {
        super(backend, (MongoCollection<Document>) (MongoCollection<?>) oplogCollection, cursorRegistry);
        this.backend = backend;
    }

    @Override
    public void handleUpdate(String namespace, Document selector, Document update, List<Object> modifiedIds) {
        try {
            for (Object id : modifiedIds) {
                PendingUpdates.Images images = PendingUpdates.take(namespace, id);
                Document entry = images == null ? update : new Document(SHIM_FIELD, new Document()
                        .append("operationType", isReplacement(update) ? "replace" : "update")
                        .append("ns", namespace)
                        .append("id", id)
                        .append("before", images.before())
                        .append("after", images.after()));
                super.handleUpdate(namespace, selector, entry, List.of(id));
            }
        } finally {
            PendingUpdates.clear();
        }
    }

    private static boolean isReplacement(Document update) {
        return update.keySet().stream().noneMatch(key -> key.startsWith("$"));
    }

    @Override
    public Cursor createCursor(Document changeStream, String namespace, Aggregation aggregation) {
        aggregation.getStages().add(0, new ChangeEventRewriteStage(changeStream, namespace, backend));
        return super.createCursor(changeStream, namespace, aggregation);
    }
}
