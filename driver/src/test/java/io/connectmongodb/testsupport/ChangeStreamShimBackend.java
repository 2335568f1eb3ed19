package io.connectmongodb.testsupport;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;

/**
 * A mongo-java-server {@link MemoryBackend} whose change streams report updates and replaces as MongoDB does.
 *
 * <p>mongo-java-server 1.47 reports a replace as an {@code update}, puts the update operators in
 * {@code documentKey}, sends no {@code updateDescription} and no {@code ns}, and fills {@code fullDocument} of
 * updates with the update's fields. This backend keeps the server's own oplog, cursors and resume logic and
 * changes two things:
 * <ol>
 *   <li>its collections record every updated document's before and after images ({@link PendingUpdates}), which
 *       {@link ChangeEventOplog} writes into the oplog entry in place of the update operators;</li>
 *   <li>{@link ChangeEventOplog} puts {@link ChangeEventRewriteStage} in front of each change stream's pipeline to
 *       turn those entries into proper {@code update}/{@code replace} events.</li>
 * </ol>
 * Updates made through {@code findAndModify} are not in mongo-java-server's oplog at all, so they raise no event.
 */
public class ChangeStreamShimBackend extends MemoryBackend {

    /** A backend with its oplog enabled, ready for change streams. */
    public static ChangeStreamShimBackend withOplog() {
        ChangeStreamShimBackend backend = new ChangeStreamShimBackend();
        backend.enableOplog();
        return backend;
    }

    @Override
    public MemoryDatabase openOrCreateDatabase(String databaseName) {
        return new ImageRecordingDatabase(databaseName, getCursorRegistry());
    }

    @Override
    protected Oplog createOplog() {
        MongoDatabase local = resolveDatabase("local");
        MongoCollection<?> oplogCollection = local.resolveCollection(OPLOG_COLLECTION_NAME, false);
        if (oplogCollection == null) {
            oplogCollection = local.createCollectionOrThrowIfExists(OPLOG_COLLECTION_NAME);
        }
        return new ChangeEventOplog(this, oplogCollection, getCursorRegistry());
    }

    /** Opens {@link ImageRecordingCollection}s. */
    private static final class ImageRecordingDatabase extends MemoryDatabase {
        private final CursorRegistry cursorRegistry;

        ImageRecordingDatabase(String databaseName, CursorRegistry cursorRegistry) {
            super(databaseName, cursorRegistry);
            this.cursorRegistry = cursorRegistry;
        }

        @Override
        protected MemoryCollection openOrCreateCollection(String collectionName, CollectionOptions options) {
            return new ImageRecordingCollection(this, collectionName, options, cursorRegistry);
        }
    }

    /** Records each updated document's images for the oplog (the server passes a copy of the old document). */
    private static final class ImageRecordingCollection extends MemoryCollection {
        ImageRecordingCollection(MongoDatabase database, String collectionName, CollectionOptions options,
                                 CursorRegistry cursorRegistry) {
            super(database, collectionName, options, cursorRegistry);
        }

        @Override
        protected void handleUpdate(Integer position, Document oldDocument, Document newDocument) {
            super.handleUpdate(position, oldDocument, newDocument);
            PendingUpdates.record(getFullName(), oldDocument, newDocument);
        }
    }
}
