package io.connectmongodb.driver.error;

/**
 * A GridFS file's chunks do not match its {@code files} document: a chunk is missing, out of
 * order, of the wrong size, or there are more chunks than the length allows.
 */
public class GridFSCorruptFileException extends MongoClientException {
    private static final long serialVersionUID = 1L;

    public GridFSCorruptFileException(String message) {
        super(message);
    }
}
