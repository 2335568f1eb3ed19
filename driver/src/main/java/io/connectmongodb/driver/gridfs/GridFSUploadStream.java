package io.connectmongodb.driver.gridfs;

import java.io.OutputStream;
import org.bson.BsonValue;
import org.bson.types.ObjectId;

/**
 * An upload the caller writes to. Bytes are cut into chunks and sent as the chunks fill, so memory
 * stays bounded whatever the file size; {@link #close()} writes the last chunk and then the files
 * document, which makes the file visible. {@link #abort()} deletes the chunks written so far.
 * Not thread-safe.
 */
public abstract class GridFSUploadStream extends OutputStream {

    /** The file's id. */
    public abstract BsonValue getId();

    /** The file's id as an {@link ObjectId}; fails when the caller chose an id of another type. */
    public abstract ObjectId getObjectId();

    /** Stops the upload and deletes its chunks; the files document is never written. */
    public abstract void abort();

    @Override
    public abstract void write(int b);

    @Override
    public abstract void write(byte[] source, int offset, int count);

    @Override
    public void write(byte[] source) {
        write(source, 0, source.length);
    }

    /** Nothing to do: chunks are sent as soon as a batch is full, and the rest on {@link #close()}. */
    @Override
    public void flush() {
    }

    /** Writes the last chunk and the files document, making the file visible. Calling it again does nothing. */
    @Override
    public abstract void close();
}
