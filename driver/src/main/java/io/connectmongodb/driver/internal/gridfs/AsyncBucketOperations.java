package io.connectmongodb.driver.internal.gridfs;

import io.connectmongodb.driver.gridfs.GridFSBucket;
import io.connectmongodb.driver.gridfs.GridFSDownloadOptions;
import io.connectmongodb.driver.gridfs.GridFSFile;
import io.connectmongodb.driver.gridfs.GridFSUploadOptions;
import io.connectmongodb.driver.internal.async.AsyncRunner;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CompletableFuture;
import org.bson.BsonValue;
import org.bson.types.ObjectId;

/**
 * The {@code xxxAsync} twins of a bucket: each submits its blocking twin to the client's {@link AsyncRunner}, so
 * GridFS shares the collection API's bounded workers, typed back-pressure, cancellation before start and failure of
 * unfinished futures when the client closes. Arguments are checked by the blocking twin on the worker, so bad ones
 * fail the future (as with the collection's async methods) before anything is sent.
 */
abstract class AsyncBucketOperations implements GridFSBucket {

    /** The client's async pool. */
    abstract AsyncRunner async();

    @Override
    public CompletableFuture<ObjectId> uploadFromStreamAsync(String filename, InputStream source) {
        return async().supply(() -> uploadFromStream(filename, source));
    }

    @Override
    public CompletableFuture<ObjectId> uploadFromStreamAsync(String filename, InputStream source, GridFSUploadOptions options) {
        return async().supply(() -> uploadFromStream(filename, source, options));
    }

    @Override
    public CompletableFuture<Void> uploadFromStreamAsync(BsonValue id, String filename, InputStream source,
                                                         GridFSUploadOptions options) {
        return async().run(() -> uploadFromStream(id, filename, source, options));
    }

    @Override
    public CompletableFuture<ObjectId> uploadFromBytesAsync(String filename, byte[] content) {
        return async().supply(() -> uploadFromBytes(filename, content));
    }

    @Override
    public CompletableFuture<ObjectId> uploadFromBytesAsync(String filename, byte[] content, GridFSUploadOptions options) {
        return async().supply(() -> uploadFromBytes(filename, content, options));
    }

    @Override
    public CompletableFuture<GridFSFile> downloadToStreamAsync(ObjectId id, OutputStream destination) {
        return async().supply(() -> downloadToStream(id, destination));
    }

    @Override
    public CompletableFuture<GridFSFile> downloadToStreamAsync(BsonValue id, OutputStream destination) {
        return async().supply(() -> downloadToStream(id, destination));
    }

    @Override
    public CompletableFuture<GridFSFile> downloadToStreamAsync(String filename, OutputStream destination,
                                                               GridFSDownloadOptions options) {
        return async().supply(() -> downloadToStream(filename, destination, options));
    }

    @Override
    public CompletableFuture<byte[]> downloadAsBytesAsync(BsonValue id) {
        return async().supply(() -> downloadAsBytes(id));
    }

    @Override
    public CompletableFuture<byte[]> downloadAsBytesAsync(String filename, GridFSDownloadOptions options) {
        return async().supply(() -> downloadAsBytes(filename, options));
    }

    @Override
    public CompletableFuture<Void> deleteAsync(ObjectId id) {
        return async().run(() -> delete(id));
    }

    @Override
    public CompletableFuture<Void> deleteAsync(BsonValue id) {
        return async().run(() -> delete(id));
    }

    @Override
    public CompletableFuture<Void> deleteByNameAsync(String filename) {
        return async().run(() -> deleteByName(filename));
    }

    @Override
    public CompletableFuture<Void> renameAsync(ObjectId id, String newFilename) {
        return async().run(() -> rename(id, newFilename));
    }

    @Override
    public CompletableFuture<Void> renameAsync(BsonValue id, String newFilename) {
        return async().run(() -> rename(id, newFilename));
    }

    @Override
    public CompletableFuture<Void> dropAsync() {
        return async().run(this::drop);
    }
}
