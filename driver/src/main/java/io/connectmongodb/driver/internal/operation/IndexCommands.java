package io.connectmongodb.driver.internal.operation;

import io.connectmongodb.driver.internal.cursor.CursorSettings;
import io.connectmongodb.driver.model.MongoNamespace;
import java.util.ArrayList;
import java.util.List;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.codecs.Decoder;

/**
 * The index management commands: {@code createIndexes}, {@code listIndexes} and
 * {@code dropIndexes}. Index specifications are complete ({@code key}, {@code name} and options)
 * when they arrive here; the names created are returned in the caller's order.
 */
public final class IndexCommands {
    private IndexCommands() {
    }

    public static CommandOperation<List<String>> createIndexes(MongoNamespace namespace, List<BsonDocument> indexSpecs) {
        if (indexSpecs.isEmpty()) {
            throw new IllegalArgumentException("createIndexes needs at least one index");
        }
        List<String> names = new ArrayList<>();
        for (BsonDocument spec : indexSpecs) {
            names.add(spec.getString("name").getValue());
        }
        BsonDocument command = new BsonDocument("createIndexes", new BsonString(namespace.getCollectionName()))
                .append("indexes", new BsonArray(indexSpecs));
        Commands.withDatabase(command, namespace.getDatabaseName());
        return new CommandOperation<>(command, (reply, description) -> List.copyOf(names));
    }

    /**
     * Lists the collection's indexes; a collection that does not exist has none. Index documents
     * are small, so the server's default batches always fit a reply.
     */
    public static <T> CursorOperation<T> listIndexes(MongoNamespace namespace, Decoder<T> decoder, int batchSize) {
        BsonDocument cursor = new BsonDocument();
        if (batchSize > 0) {
            cursor.append("batchSize", new BsonInt32(batchSize));
        }
        BsonDocument command = new BsonDocument("listIndexes", new BsonString(namespace.getCollectionName()))
                .append("cursor", cursor);
        Commands.withDatabase(command, namespace.getDatabaseName());
        return new CursorOperation<>(command, decoder, new CursorSettings(batchSize, 0, 0, null), namespace);
    }

    /** Drops one index by name (a string), by key pattern (a document), or all but {@code _id_} with {@code "*"}. */
    public static CommandOperation<Void> dropIndex(MongoNamespace namespace, BsonValue index) {
        BsonDocument command = new BsonDocument("dropIndexes", new BsonString(namespace.getCollectionName()))
                .append("index", index);
        Commands.withDatabase(command, namespace.getDatabaseName());
        return new CommandOperation<>(command, (reply, description) -> null);
    }
}
