package io.connectmongodb.driver.gridfs;

import io.connectmongodb.driver.ReadConcern;
import io.connectmongodb.driver.ReadPreference;
import io.connectmongodb.driver.WriteConcern;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CompletableFuture;
import org.bson.BsonValue;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

/**
 * A GridFS bucket: files stored as a {@code <bucket>.files} document each and their content as
 * {@code <bucket>.chunks} documents, following the GridFS specification. Immutable and
 * thread-safe; the {@code with...} methods return modified copies. Transfers stream chunk by chunk,
 * so memory use does not grow with the file size.
 *
 * <p>Made by {@link GridFSBuckets}. Missing files fail with
 * {@link io.connectmongodb.driver.error.GridFSFileNotFoundException}; files whose chunks do not
 * match their length fail with {@link io.connectmongodb.driver.error.GridFSCorruptFileException}.
 */
public interface GridFSBucket {

    String getBucketName();

    /** The chunk size of new uploads without their own (default 255 KiB). */
    int getChunkSizeBytes();

    WriteConcern getWriteConcern();

    ReadConcern getReadConcern();

    ReadPreference getReadPreference();

    GridFSBucket withChunkSizeBytes(int chunkSizeBytes);

    /** Sent with every insert, update and delete of this bucket. */
    GridFSBucket withWriteConcern(WriteConcern writeConcern);

    /** Sent with every find of this bucket. */
    GridFSBucket withReadConcern(ReadConcern readConcern);

    /** Sent as {@code $readPreference} with every find of this bucket (index checks always read the primary). */
    GridFSBucket withReadPreference(ReadPreference readPreference);

    // uploads

    GridFSUploadStream openUploadStream(String filename);

    GridFSUploadStream openUploadStream(String filename, GridFSUploadOptions options);

    /** An upload with the caller's id, which must not be used by another file of this bucket. */
    GridFSUploadStream openUploadStream(BsonValue id, String filename, GridFSUploadOptions options);

    /** Reads {@code source} to its end (without closing it) and stores it; returns the new file's id. */
    ObjectId uploadFromStream(String filename, InputStream source);

    ObjectId uploadFromStream(String filename, InputStream source, GridFSUploadOptions options);

    void uploadFromStream(BsonValue id, String filename, InputStream source, GridFSUploadOptions options);

    ObjectId uploadFromBytes(String filename, byte[] content);

    ObjectId uploadFromBytes(String filename, byte[] content, GridFSUploadOptions options);

    void uploadFromBytes(BsonValue id, String filename, byte[] content, GridFSUploadOptions options);

    // downloads

    GridFSDownloadStream openDownloadStream(ObjectId id);

    GridFSDownloadStream openDownloadStream(BsonValue id);

    /** The newest revision of {@code filename}. */
    GridFSDownloadStream openDownloadStream(String filename);

    GridFSDownloadStream openDownloadStream(String filename, GridFSDownloadOptions options);

    /** Writes the file's content to {@code destination} (left open) and returns the file. */
    GridFSFile downloadToStream(ObjectId id, OutputStream destination);

    GridFSFile downloadToStream(BsonValue id, OutputStream destination);

    GridFSFile downloadToStream(BsonValue id, OutputStream destination, GridFSProgressListener progressListener);

    GridFSFile downloadToStream(String filename, OutputStream destination, GridFSDownloadOptions options);

    /**
     * The whole content in memory, for small files. Files longer than {@link Integer#MAX_VALUE} - 8
     * bytes fail with {@link IllegalStateException}; stream those instead.
     */
    byte[] downloadAsBytes(BsonValue id);

    byte[] downloadAsBytes(String filename, GridFSDownloadOptions options);

    // management

    GridFSFindIterable find();

    GridFSFindIterable find(Bson filter);

    /** Deletes the files document and every chunk of the file; fails when no files document has this id. */
    void delete(ObjectId id);

    void delete(BsonValue id);

    /** Deletes every revision of {@code filename} and their chunks; fails when there is none. */
    void deleteByName(String filename);

    void rename(ObjectId id, String newFilename);

    /** Renames one file; fails when no files document has this id. */
    void rename(BsonValue id, String newFilename);

    /** Renames every revision of {@code filename}; fails when there is none. */
    void renameByName(String filename, String newFilename);

    /** Drops the files and chunks collections. */
    void drop();

    // the same operations on the client's async workers: each returns at once. Submitting never blocks: with every
    // worker busy and the queue full the future has already failed with MongoBackpressureException; closing the
    // client fails unfinished futures with MongoClientClosedException. Streams passed in are read or written on the
    // worker: do not touch them until the future completes.

    CompletableFuture<ObjectId> uploadFromStreamAsync(String filename, InputStream source);

    CompletableFuture<ObjectId> uploadFromStreamAsync(String filename, InputStream source, GridFSUploadOptions options);

    CompletableFuture<Void> uploadFromStreamAsync(BsonValue id, String filename, InputStream source, GridFSUploadOptions options);

    CompletableFuture<ObjectId> uploadFromBytesAsync(String filename, byte[] content);

    CompletableFuture<ObjectId> uploadFromBytesAsync(String filename, byte[] content, GridFSUploadOptions options);

    CompletableFuture<GridFSFile> downloadToStreamAsync(ObjectId id, OutputStream destination);

    CompletableFuture<GridFSFile> downloadToStreamAsync(BsonValue id, OutputStream destination);

    CompletableFuture<GridFSFile> downloadToStreamAsync(String filename, OutputStream destination, GridFSDownloadOptions options);

    CompletableFuture<byte[]> downloadAsBytesAsync(BsonValue id);

    CompletableFuture<byte[]> downloadAsBytesAsync(String filename, GridFSDownloadOptions options);

    CompletableFuture<Void> deleteAsync(ObjectId id);

    CompletableFuture<Void> deleteAsync(BsonValue id);

    CompletableFuture<Void> deleteByNameAsync(String filename);

    CompletableFuture<Void> renameAsync(ObjectId id, String newFilename);

    CompletableFuture<Void> renameAsync(BsonValue id, String newFilename);

    CompletableFuture<Void> dropAsync();
}
