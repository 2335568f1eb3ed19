package io.connectmongodb.driver.internal.gridfs;

import io.connectmongodb.driver.MongoCursor;
import io.connectmongodb.driver.error.GridFSFileNotFoundException;
import io.connectmongodb.driver.gridfs.GridFSFile;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;

/**
 * Finds one revision of a filename. Revisions are ordered by {@code uploadDate}: revision
 * {@code r >= 0} is the files document at offset {@code r} sorted oldest first, and
 * {@code r < 0} the one at offset {@code -r - 1} sorted newest first, so -1 is the newest.
 */
final class Revisions {
    private Revisions() {
    }

    static BsonDocument sort(int revision) {
        return new BsonDocument("uploadDate", new BsonInt32(revision >= 0 ? 1 : -1));
    }

    static int skip(int revision) {
        return revision >= 0 ? revision : -revision - 1;
    }

    static GridFSFile find(BucketCommands commands, String filename, int revision) {
        BsonDocument filter = new BsonDocument("filename", new BsonString(filename));
        try (MongoCursor<GridFSFile> cursor = commands.findFiles(filter, sort(revision), skip(revision), 1, 0,
                FilesDocuments::toGridFSFile)) {
            if (cursor.hasNext()) {
                return cursor.next();
            }
        }
        throw new GridFSFileNotFoundException("no revision " + revision + " of a GridFS file named '" + filename
                + "' in bucket " + commands.filesName());
    }
}
