package io.connectmongodb.driver.internal.gridfs;

import io.connectmongodb.driver.MongoCursor;
import io.connectmongodb.driver.MongoDatabase;
import io.connectmongodb.driver.ReadConcern;
import io.connectmongodb.driver.ReadPreference;
import io.connectmongodb.driver.WriteConcern;
import io.connectmongodb.driver.error.GridFSFileNotFoundException;
import io.connectmongodb.driver.gridfs.GridFSBucket;
import io.connectmongodb.driver.gridfs.GridFSDownloadOptions;
import io.connectmongodb.driver.gridfs.GridFSDownloadStream;
import io.connectmongodb.driver.gridfs.GridFSFile;
import io.connectmongodb.driver.gridfs.GridFSFindIterable;
import io.connectmongodb.driver.gridfs.GridFSProgressListener;
import io.connectmongodb.driver.gridfs.GridFSUploadOptions;
import io.connectmongodb.driver.gridfs.GridFSUploadStream;
import io.connectmongodb.driver.internal.async.AsyncRunner;
import io.connectmongodb.driver.internal.client.AsyncRunners;
import io.connectmongodb.driver.internal.validation.Arguments;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonObjectId;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

/**
 * The bucket façade (its async twins come from {@link AsyncBucketOperations}): validates arguments, ensures the indexes before the first write, and hands
 * transfers to {@link UploadStreamImpl} and {@link DownloadStreamImpl}. The server's limits
 * ({@link ChunkBatching}) and the index check ({@link BucketIndexes}) are shared by the copies
 * {@code with...} makes.
 */
public final class GridFSBucketImpl extends AsyncBucketOperations {
    static final int DEFAULT_CHUNK_SIZE = 255 * 1024;
    /** Ids handed to one {@code $in} when deleting every revision's chunks. */
    private static final int IDS_PER_DELETE = 1000;

    private final MongoDatabase database;
    private final String bucketName;
    private final int chunkSizeBytes;
    private final WriteConcern writeConcern;
    private final ReadConcern readConcern;
    private final ReadPreference readPreference;
    private final Shared shared;
    private final BucketCommands commands;

    /** State shared by a bucket and its {@code with...} copies. */
    private static final class Shared {
        final BucketIndexes indexes = new BucketIndexes();
        volatile ChunkBatching batching;
    }

    private GridFSBucketImpl(MongoDatabase database, String bucketName, int chunkSizeBytes, WriteConcern writeConcern,
                             ReadConcern readConcern, ReadPreference readPreference, Shared shared) {
        this.database = database;
        this.bucketName = bucketName;
        this.chunkSizeBytes = chunkSizeBytes;
        this.writeConcern = writeConcern;
        this.readConcern = readConcern;
        this.readPreference = readPreference;
        this.shared = shared;
        this.commands = new BucketCommands(database, bucketName, writeConcern, readConcern, readPreference);
    }

    public static GridFSBucket create(MongoDatabase database, String bucketName) {
        Arguments.notNull("database", database);
        Arguments.notNull("bucketName", bucketName);
        if (bucketName.isEmpty() || bucketName.contains("$")) {
            throw new IllegalArgumentException("bucketName must be non-empty and without '$', was '" + bucketName + "'");
        }
        return new GridFSBucketImpl(database, bucketName, DEFAULT_CHUNK_SIZE, WriteConcern.DEFAULT, ReadConcern.DEFAULT,
                ReadPreference.primary(), new Shared());
    }

    @Override
    AsyncRunner async() {
        return AsyncRunners.of(database);
    }

    @Override
    public String getBucketName() {
        return bucketName;
    }

    @Override
    public int getChunkSizeBytes() {
        return chunkSizeBytes;
    }

    @Override
    public WriteConcern getWriteConcern() {
        return writeConcern;
    }

    @Override
    public ReadConcern getReadConcern() {
        return readConcern;
    }

    @Override
    public ReadPreference getReadPreference() {
        return readPreference;
    }

    @Override
    public GridFSBucket withChunkSizeBytes(int newChunkSize) {
        if (newChunkSize <= 0) {
            throw new IllegalArgumentException("chunkSizeBytes must be positive, was " + newChunkSize);
        }
        return new GridFSBucketImpl(database, bucketName, newChunkSize, writeConcern, readConcern, readPreference, shared);
    }

    @Override
    public GridFSBucket withWriteConcern(WriteConcern newWriteConcern) {
        return new GridFSBucketImpl(database, bucketName, chunkSizeBytes, Arguments.notNull("writeConcern", newWriteConcern),
                readConcern, readPreference, shared);
    }

    @Override
    public GridFSBucket withReadConcern(ReadConcern newReadConcern) {
        return new GridFSBucketImpl(database, bucketName, chunkSizeBytes, writeConcern,
                Arguments.notNull("readConcern", newReadConcern), readPreference, shared);
    }

    @Override
    public GridFSBucket withReadPreference(ReadPreference newReadPreference) {
        return new GridFSBucketImpl(database, bucketName, chunkSizeBytes, writeConcern, readConcern,
                Arguments.notNull("readPreference", newReadPreference), shared);
    }

    // uploads

    @Override
    public GridFSUploadStream openUploadStream(String filename) {
        return openUploadStream(filename, new GridFSUploadOptions());
    }

    @Override
    public GridFSUploadStream openUploadStream(String filename, GridFSUploadOptions options) {
        return openUploadStream(new BsonObjectId(), filename, options);
    }

    @Override
    public GridFSUploadStream openUploadStream(BsonValue id, String filename, GridFSUploadOptions options) {
        return newUpload(id, filename, options, -1);
    }

    @Override
    public ObjectId uploadFromStream(String filename, InputStream source) {
        return uploadFromStream(filename, source, new GridFSUploadOptions());
    }

    @Override
    public ObjectId uploadFromStream(String filename, InputStream source, GridFSUploadOptions options) {
        BsonObjectId id = new BsonObjectId();
        uploadFromStream(id, filename, source, options);
        return id.getValue();
    }

    @Override
    public void uploadFromStream(BsonValue id, String filename, InputStream source, GridFSUploadOptions options) {
        Arguments.notNull("source", source);
        upload(newUpload(id, filename, options, -1), source);
    }

    @Override
    public ObjectId uploadFromBytes(String filename, byte[] content) {
        return uploadFromBytes(filename, content, new GridFSUploadOptions());
    }

    @Override
    public ObjectId uploadFromBytes(String filename, byte[] content, GridFSUploadOptions options) {
        BsonObjectId id = new BsonObjectId();
        uploadFromBytes(id, filename, content, options);
        return id.getValue();
    }

    @Override
    public void uploadFromBytes(BsonValue id, String filename, byte[] content, GridFSUploadOptions options) {
        Arguments.notNull("content", content);
        upload(newUpload(id, filename, options, content.length), new ByteArrayInputStream(content));
    }

    private GridFSUploadStream newUpload(BsonValue id, String filename, GridFSUploadOptions options, long knownTotal) {
        Arguments.notNull("id", id);
        Arguments.notNull("filename", filename);
        Arguments.notNull("options", options);
        int chunkSize = options.getChunkSizeBytes() == null ? chunkSizeBytes : options.getChunkSizeBytes();
        BsonDocument metadata = metadata(options);
        shared.indexes.ensure(commands);
        return new UploadStreamImpl(commands, id, filename, chunkSize, metadata, batching().chunksPerBatch(chunkSize),
                knownTotal, options.getProgressListener());
    }

    private BsonDocument metadata(GridFSUploadOptions options) {
        BsonDocument metadata = options.getMetadata() == null ? null
                : options.getMetadata().toBsonDocument(BsonDocument.class, database.getCodecRegistry());
        if (options.getContentType() != null) {
            metadata = metadata == null ? new BsonDocument() : metadata;
            metadata.put("contentType", new BsonString(options.getContentType()));
        }
        return metadata;
    }

    private static void upload(GridFSUploadStream upload, InputStream source) {
        byte[] buffer = new byte[64 * 1024];
        try {
            int read;
            while ((read = source.read(buffer)) >= 0) {
                upload.write(buffer, 0, read);
            }
        } catch (IOException e) {
            upload.abort();
            throw new UncheckedIOException("reading the upload source failed; the chunks written so far were deleted", e);
        } catch (RuntimeException e) {
            abortQuietly(upload, e);
            throw e;
        }
        upload.close();
    }

    private static void abortQuietly(GridFSUploadStream upload, RuntimeException cause) {
        try {
            upload.abort();
        } catch (RuntimeException abortFailure) {
            cause.addSuppressed(abortFailure);
        }
    }

    // downloads

    @Override
    public GridFSDownloadStream openDownloadStream(ObjectId id) {
        return openDownloadStream(new BsonObjectId(Arguments.notNull("id", id)));
    }

    @Override
    public GridFSDownloadStream openDownloadStream(BsonValue id) {
        return download(fileById(id), null);
    }

    @Override
    public GridFSDownloadStream openDownloadStream(String filename) {
        return openDownloadStream(filename, new GridFSDownloadOptions());
    }

    @Override
    public GridFSDownloadStream openDownloadStream(String filename, GridFSDownloadOptions options) {
        Arguments.notNull("filename", filename);
        Arguments.notNull("options", options);
        return download(Revisions.find(commands, filename, options.getRevision()), options.getProgressListener());
    }

    @Override
    public GridFSFile downloadToStream(ObjectId id, OutputStream destination) {
        return downloadToStream(new BsonObjectId(Arguments.notNull("id", id)), destination);
    }

    @Override
    public GridFSFile downloadToStream(BsonValue id, OutputStream destination) {
        return downloadToStream(id, destination, null);
    }

    @Override
    public GridFSFile downloadToStream(BsonValue id, OutputStream destination, GridFSProgressListener progressListener) {
        Arguments.notNull("destination", destination);
        return copy(download(fileById(id), progressListener), destination);
    }

    @Override
    public GridFSFile downloadToStream(String filename, OutputStream destination, GridFSDownloadOptions options) {
        Arguments.notNull("destination", destination);
        return copy(openDownloadStream(filename, options), destination);
    }

    @Override
    public byte[] downloadAsBytes(BsonValue id) {
        return readAll(download(fileById(id), null));
    }

    @Override
    public byte[] downloadAsBytes(String filename, GridFSDownloadOptions options) {
        return readAll(openDownloadStream(filename, options));
    }

    private GridFSDownloadStream download(GridFSFile file, GridFSProgressListener listener) {
        return new DownloadStreamImpl(commands, file, batching().chunksPerBatch(Math.max(1, file.getChunkSize())), listener);
    }

    private GridFSFile fileById(BsonValue id) {
        Arguments.notNull("id", id);
        try (MongoCursor<GridFSFile> cursor = commands.findFiles(new BsonDocument("_id", id), null, 0, 1, 0,
                FilesDocuments::toGridFSFile)) {
            if (cursor.hasNext()) {
                return cursor.next();
            }
        }
        throw new GridFSFileNotFoundException("no GridFS file with id " + id + " in bucket " + commands.filesName());
    }

    private static GridFSFile copy(GridFSDownloadStream download, OutputStream destination) {
        try (download) {
            download.transferTo(destination);
        } catch (IOException e) {
            throw new UncheckedIOException("writing the downloaded GridFS file failed", e);
        }
        return download.getGridFSFile();
    }

    private static byte[] readAll(GridFSDownloadStream download) {
        long length = download.getGridFSFile().getLength();
        if (length > Integer.MAX_VALUE - 8) {
            download.close();
            throw new IllegalStateException("the GridFS file is " + length + " bytes, too large for a byte[]; stream it instead");
        }
        byte[] content = new byte[(int) length];
        try (download) {
            int offset = 0;
            while (offset < content.length) {
                offset += download.read(content, offset, content.length - offset);
            }
        }
        return content;
    }

    // management

    @Override
    public GridFSFindIterable find() {
        return find(new BsonDocument());
    }

    @Override
    public GridFSFindIterable find(Bson filter) {
        return new GridFSFindIterableImpl(commands, database.getCodecRegistry(), this::async, filter);
    }

    @Override
    public void delete(ObjectId id) {
        delete(new BsonObjectId(Arguments.notNull("id", id)));
    }

    @Override
    public void delete(BsonValue id) {
        Arguments.notNull("id", id);
        long deleted = commands.deleteFiles(new BsonDocument("_id", id));
        // orphaned chunks are removed even when the files document is already gone, as the spec asks
        commands.deleteChunks(new BsonDocument("files_id", id));
        if (deleted == 0) {
            throw new GridFSFileNotFoundException("no GridFS file with id " + id + " in bucket " + commands.filesName());
        }
    }

    @Override
    public void deleteByName(String filename) {
        Arguments.notNull("filename", filename);
        BsonDocument filter = new BsonDocument("filename", new BsonString(filename));
        List<BsonValue> ids = new ArrayList<>();
        try (MongoCursor<BsonValue> cursor = commands.findFiles(filter, null, 0, 0, 0, file -> file.get("_id"))) {
            cursor.forEachRemaining(ids::add);
        }
        if (ids.isEmpty()) {
            throw new GridFSFileNotFoundException("no GridFS file named '" + filename + "' in bucket " + commands.filesName());
        }
        commands.deleteFiles(filter);
        for (int from = 0; from < ids.size(); from += IDS_PER_DELETE) {
            List<BsonValue> group = ids.subList(from, Math.min(ids.size(), from + IDS_PER_DELETE));
            commands.deleteChunks(new BsonDocument("files_id", new BsonDocument("$in", new BsonArray(group))));
        }
    }

    @Override
    public void rename(ObjectId id, String newFilename) {
        rename(new BsonObjectId(Arguments.notNull("id", id)), newFilename);
    }

    @Override
    public void rename(BsonValue id, String newFilename) {
        Arguments.notNull("id", id);
        Arguments.notNull("newFilename", newFilename);
        if (commands.renameFiles(new BsonDocument("_id", id), newFilename) == 0) {
            throw new GridFSFileNotFoundException("no GridFS file with id " + id + " in bucket " + commands.filesName());
        }
    }

    @Override
    public void renameByName(String filename, String newFilename) {
        Arguments.notNull("filename", filename);
        Arguments.notNull("newFilename", newFilename);
        if (commands.renameFiles(new BsonDocument("filename", new BsonString(filename)), newFilename) == 0) {
            throw new GridFSFileNotFoundException("no GridFS file named '" + filename + "' in bucket " + commands.filesName());
        }
    }

    @Override
    public void drop() {
        commands.drop();
        shared.indexes.reset();
    }

    private ChunkBatching batching() {
        ChunkBatching batching = shared.batching;
        if (batching == null) {
            batching = ChunkBatching.fromServer(database);
            shared.batching = batching;
        }
        return batching;
    }

    @Override
    public String toString() {
        return "GridFSBucket{" + database.getName() + "." + bucketName + ", chunkSizeBytes=" + chunkSizeBytes + "}";
    }
}
