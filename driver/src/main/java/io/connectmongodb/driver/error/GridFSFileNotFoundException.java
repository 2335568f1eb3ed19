package io.connectmongodb.driver.error;

/**
 * A GridFS file asked for by id, or by filename and revision, has no document in the bucket's
 * {@code files} collection.
 */
public class GridFSFileNotFoundException extends MongoClientException {
    private static final long serialVersionUID = 1L;

    public GridFSFileNotFoundException(String message) {
        super(message);
    }
}
