package io.connectmongodb.driver.internal.client;

import io.connectmongodb.driver.MongoClient;
import io.connectmongodb.driver.MongoClientSettings;
import io.connectmongodb.driver.MongoDatabase;
import io.connectmongodb.driver.MongoIterable;
import io.connectmongodb.driver.changestream.ChangeStreamIterable;
import io.connectmongodb.driver.internal.changestream.ChangeStreamIterableImpl;
import io.connectmongodb.driver.internal.changestream.ChangeStreamTarget;
import io.connectmongodb.driver.internal.connection.ConnectionSource;
import io.connectmongodb.driver.internal.cursor.ListCursor;
import io.connectmongodb.driver.internal.operation.DatabaseCommands;
import io.connectmongodb.driver.internal.validation.Arguments;
import java.lang.System.Logger.Level;
import java.util.List;
import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.codecs.Codec;
import org.bson.conversions.Bson;

/**
 * The client façade over one connection source. Databases and collections share the client's
 * {@link OperationExecutor}, so closing the client stops them all.
 */
public final class MongoClientImpl implements MongoClient {
    private static final System.Logger LOGGER = System.getLogger(MongoClientImpl.class.getName());

    private final MongoClientSettings settings;
    private final OperationExecutor executor;
    private final ArgumentEncoder encoder;

    public MongoClientImpl(MongoClientSettings settings, ConnectionSource source) {
        this.settings = Arguments.notNull("settings", settings);
        this.executor = new OperationExecutor(Arguments.notNull("source", source));
        this.encoder = new ArgumentEncoder(settings.getCodecRegistry());
        LOGGER.log(Level.DEBUG, () -> "MongoClient created for " + source.address());
    }

    @Override
    public MongoDatabase getDatabase(String databaseName) {
        return new MongoDatabaseImpl(databaseName, settings.getCodecRegistry(), executor);
    }

    @Override
    public MongoIterable<String> listDatabaseNames() {
        BsonDocumentCodec codec = new BsonDocumentCodec();
        return new OperationIterable<BsonDocument>(batchSize -> new ListCursor<>(executor.execute(DatabaseCommands.listDatabases(true, codec))))
                .map(database -> database.getString("name").getValue());
    }

    @Override
    public MongoIterable<Document> listDatabases() {
        return listDatabases(Document.class);
    }

    @Override
    public <T> MongoIterable<T> listDatabases(Class<T> resultClass) {
        Codec<T> codec = encoder.codec(resultClass);
        return new OperationIterable<>(batchSize -> new ListCursor<>(executor.execute(DatabaseCommands.listDatabases(false, codec))));
    }

    @Override
    public ChangeStreamIterable<Document> watch() {
        return watch(List.of(), Document.class);
    }

    @Override
    public ChangeStreamIterable<Document> watch(List<? extends Bson> pipeline) {
        return watch(pipeline, Document.class);
    }

    @Override
    public <T> ChangeStreamIterable<T> watch(List<? extends Bson> pipeline, Class<T> documentClass) {
        return new ChangeStreamIterableImpl<>(executor::execute, ChangeStreamTarget.cluster(), settings.getCodecRegistry(),
                pipeline, documentClass);
    }

    @Override
    public MongoClientSettings getSettings() {
        return settings;
    }

    @Override
    public void close() {
        executor.close();
        LOGGER.log(Level.DEBUG, "MongoClient closed");
    }
}
