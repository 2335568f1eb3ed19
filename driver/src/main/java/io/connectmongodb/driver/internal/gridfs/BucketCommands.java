package io.connectmongodb.driver.internal.gridfs;

import io.connectmongodb.driver.MongoCursor;
import io.connectmongodb.driver.MongoDatabase;
import io.connectmongodb.driver.ReadConcern;
import io.connectmongodb.driver.ReadPreference;
import io.connectmongodb.driver.WriteConcern;
import io.connectmongodb.driver.error.MongoWriteConcernException;
import io.connectmongodb.driver.error.MongoWriteException;
import io.connectmongodb.driver.internal.bson.BsonDecoding;
import io.connectmongodb.driver.internal.client.DatabaseOperations;
import io.connectmongodb.driver.internal.operation.WriteCommandOperation;
import io.connectmongodb.driver.internal.operation.WriteCommandResult;
import io.connectmongodb.driver.internal.operation.WriteErrorParser;
import io.connectmongodb.driver.internal.operation.WriteKind;
import io.connectmongodb.driver.internal.operation.WriteStatement;
import io.connectmongodb.driver.model.MongoNamespace;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.bson.BsonArray;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.RawBsonDocument;
import org.bson.codecs.configuration.CodecRegistries;

/**
 * The commands a bucket sends to its {@code files} and {@code chunks} collections, built here so
 * every write carries the bucket's write concern and every read its read concern and read
 * preference. They go through {@link MongoDatabase#runCommand}, so GridFS rides on whatever
 * connection layer the client has. Write replies are checked: a write error or a write concern
 * error is thrown typed.
 */
final class BucketCommands {
    private final MongoDatabase database;
    private final String filesName;
    private final String chunksName;
    private final WriteConcern writeConcern;
    private final ReadConcern readConcern;
    private final ReadPreference readPreference;
    /** The database with the bucket's write concern, for chunk inserts through the executor; null for other databases. */
    private final MongoDatabase chunkWriter;
    /** The database whose registry answers replies as views (see {@link #runForReply}); made on first use. */
    private MongoDatabase replyReader;

    BucketCommands(MongoDatabase database, String bucketName, WriteConcern writeConcern, ReadConcern readConcern,
                   ReadPreference readPreference) {
        this.database = database;
        this.filesName = bucketName + ".files";
        this.chunksName = bucketName + ".chunks";
        this.writeConcern = writeConcern;
        this.readConcern = readConcern;
        this.readPreference = readPreference;
        this.chunkWriter = DatabaseOperations.supports(database) ? database.withWriteConcern(writeConcern) : null;
    }

    MongoDatabase database() {
        return database;
    }

    String filesName() {
        return filesName;
    }

    String chunksName() {
        return chunksName;
    }

    void insertFile(BsonDocument filesDocument) {
        write(new BsonDocument("insert", new BsonString(filesName))
                .append("documents", new BsonArray(List.of(filesDocument))));
    }

    /**
     * Inserts chunks in order; the caller keeps each batch within the server's command size. With
     * this driver's database the chunks travel as an OP_MSG document sequence, their bytes copied
     * as they are into the message; another database gets an {@code insert} command.
     */
    void insertChunks(List<RawBsonDocument> chunks) {
        if (chunkWriter == null) {
            write(new BsonDocument("insert", new BsonString(chunksName))
                    .append("documents", new BsonArray(List.copyOf(chunks)))
                    .append("ordered", BsonBoolean.TRUE));
            return;
        }
        List<WriteStatement> statements = new ArrayList<>(chunks.size());
        for (RawBsonDocument chunk : chunks) {
            statements.add(new WriteStatement(chunk, chunk, "GridFS chunk"));
        }
        MongoNamespace namespace = new MongoNamespace(database.getName(), chunksName);
        WriteCommandResult result = DatabaseOperations.write(chunkWriter,
                new WriteCommandOperation(namespace, WriteKind.INSERT, statements, true, null));
        if (!result.writeErrors().isEmpty()) {
            throw new MongoWriteException(result.writeErrors().get(0), result.address());
        }
        if (result.writeConcernError() != null) {
            throw result.withWriteConcernLabels(new MongoWriteConcernException(result.writeConcernError(), result.address()));
        }
    }

    /** Deletes every files document matching {@code filter}; returns how many. */
    long deleteFiles(BsonDocument filter) {
        return delete(filesName, filter);
    }

    /** Deletes every chunk matching {@code filter}; returns how many. */
    long deleteChunks(BsonDocument filter) {
        return delete(chunksName, filter);
    }

    /** Sets {@code filename} on every files document matching {@code filter}; returns how many matched. */
    long renameFiles(BsonDocument filter, String newFilename) {
        BsonDocument update = new BsonDocument("q", filter)
                .append("u", new BsonDocument("$set", new BsonDocument("filename", new BsonString(newFilename))))
                .append("multi", BsonBoolean.TRUE);
        BsonDocument reply = write(new BsonDocument("update", new BsonString(filesName))
                .append("updates", new BsonArray(List.of(update))));
        return reply.getNumber("n").longValue();
    }

    <T> MongoCursor<T> findFiles(BsonDocument filter, BsonDocument sort, int skip, int limit, int batchSize,
                                 Function<BsonDocument, T> mapper) {
        return find(filesName, filter, sort, null, skip, limit, batchSize, mapper);
    }

    /** The chunks matching {@code filter}, by ascending {@code n}, read in the reply bytes. */
    ChunkCursor findChunks(BsonDocument filter, int batchSize) {
        BsonDocument command = findCommand(chunksName, filter, new BsonDocument("n", new BsonInt32(1)), null, 0, 0, batchSize);
        return new ChunkCursor(this, runForReply(command), batchSize);
    }

    /**
     * Runs a read command ({@code find}, {@code getMore}, {@code killCursors}) and answers the reply
     * as received: with this driver's database, a view over the array the reply was read into,
     * not a copy (see {@link BsonDecoding#replyViewCodec()}); other databases hand out a copy.
     */
    RawBsonDocument runForReply(BsonDocument command) {
        if (replyReader == null) {
            replyReader = database.withCodecRegistry(CodecRegistries.fromRegistries(
                    CodecRegistries.fromCodecs(BsonDecoding.replyViewCodec()), database.getCodecRegistry()));
        }
        return replyReader.runCommand(command, RawBsonDocument.class);
    }

    /** Whether the files collection holds no document; asks the primary, as the spec requires for the index check. */
    boolean filesCollectionIsEmpty() {
        BsonDocument command = new BsonDocument("find", new BsonString(filesName))
                .append("filter", new BsonDocument())
                .append("projection", new BsonDocument("_id", new BsonInt32(1)))
                .append("limit", new BsonInt32(1))
                .append("singleBatch", BsonBoolean.TRUE);
        BsonDocument reply = database.runCommand(command, BsonDocument.class);
        return reply.getDocument("cursor").getArray("firstBatch").isEmpty();
    }

    void drop() {
        for (String name : List.of(filesName, chunksName)) {
            database.getCollection(name).drop();
        }
    }

    private <T> MongoCursor<T> find(String collection, BsonDocument filter, BsonDocument sort, BsonDocument projection,
                                    int skip, int limit, int batchSize, Function<BsonDocument, T> mapper) {
        BsonDocument command = findCommand(collection, filter, sort, projection, skip, limit, batchSize);
        BsonDocument reply = database.runCommand(command, BsonDocument.class);
        return new RunCommandCursor<>(database, reply, batchSize, mapper);
    }

    private BsonDocument findCommand(String collection, BsonDocument filter, BsonDocument sort, BsonDocument projection,
                                     int skip, int limit, int batchSize) {
        BsonDocument command = new BsonDocument("find", new BsonString(collection)).append("filter", filter);
        if (sort != null && !sort.isEmpty()) {
            command.append("sort", sort);
        }
        if (projection != null) {
            command.append("projection", projection);
        }
        if (skip > 0) {
            command.append("skip", new BsonInt32(skip));
        }
        if (limit > 0) {
            command.append("limit", new BsonInt32(limit));
        }
        int firstBatch = limit > 0 && batchSize > 0 ? Math.min(limit, batchSize) : batchSize;
        if (firstBatch > 0) {
            command.append("batchSize", new BsonInt32(firstBatch));
        }
        if (!readConcern.isServerDefault()) {
            command.append("readConcern", readConcern.toDocument());
        }
        if (readPreference.mode() != ReadPreference.Mode.PRIMARY) {
            command.append("$readPreference", readPreference.toDocument());
        }
        return command;
    }

    private long delete(String collection, BsonDocument filter) {
        BsonDocument statement = new BsonDocument("q", filter).append("limit", new BsonInt32(0));
        BsonDocument reply = write(new BsonDocument("delete", new BsonString(collection))
                .append("deletes", new BsonArray(List.of(statement))));
        return reply.getNumber("n").longValue();
    }

    private BsonDocument write(BsonDocument command) {
        if (!writeConcern.isServerDefault()) {
            command.append("writeConcern", writeConcern.toDocument());
        }
        BsonDocument reply = database.runCommand(command, BsonDocument.class);
        BsonValue writeErrors = reply.get("writeErrors");
        if (writeErrors != null && writeErrors.isArray() && !writeErrors.asArray().isEmpty()) {
            throw new MongoWriteException(WriteErrorParser.writeError(writeErrors.asArray().get(0).asDocument(), 0), null);
        }
        if (reply.isDocument("writeConcernError")) {
            throw new MongoWriteConcernException(WriteErrorParser.writeConcernError(reply.getDocument("writeConcernError")), null);
        }
        return reply;
    }
}
