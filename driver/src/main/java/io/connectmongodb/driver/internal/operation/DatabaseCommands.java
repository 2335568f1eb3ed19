package io.connectmongodb.driver.internal.operation;

import io.connectmongodb.driver.internal.bson.BsonDecoding;
import io.connectmongodb.driver.internal.cursor.CursorSettings;
import java.util.ArrayList;
import java.util.List;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonValue;
import org.bson.codecs.Decoder;

/**
 * Database-level commands: {@code listCollections} (a cursor), {@code listDatabases} (one reply on
 * {@code admin}) and arbitrary commands given by the caller.
 */
public final class DatabaseCommands {
    private DatabaseCommands() {
    }

    /**
     * @param nameOnly ask only for names (cheaper; sent with {@code authorizedCollections: true} so
     *                 users without listCollections privilege still see their collections)
     */
    public static <T> CursorOperation<T> listCollections(String databaseName, BsonDocument filter, boolean nameOnly,
                                                         Decoder<T> decoder, int batchSize) {
        BsonDocument cursor = new BsonDocument();
        if (batchSize > 0) {
            cursor.append("batchSize", new BsonInt32(batchSize));
        }
        BsonDocument command = new BsonDocument("listCollections", new BsonInt32(1)).append("cursor", cursor);
        Commands.putIfNotNull(command, "filter", filter);
        if (nameOnly) {
            command.append("nameOnly", BsonBoolean.TRUE).append("authorizedCollections", BsonBoolean.TRUE);
        }
        Commands.withDatabase(command, databaseName);
        return new CursorOperation<>(command, decoder, new CursorSettings(batchSize, 0, 0, null), null);
    }

    public static <T> CommandOperation<List<T>> listDatabases(boolean nameOnly, Decoder<T> decoder) {
        BsonDocument command = new BsonDocument("listDatabases", new BsonInt32(1));
        if (nameOnly) {
            command.append("nameOnly", BsonBoolean.TRUE);
        }
        Commands.withDatabase(command, "admin");
        return new CommandOperation<>(command, (reply, description) -> {
            List<T> databases = new ArrayList<>();
            for (BsonValue database : reply.getArray("databases")) {
                databases.add(BsonDecoding.decode(database.asDocument(), decoder));
            }
            return databases;
        });
    }

    /** The caller's command as given, with {@code $db} added; the whole reply is decoded. */
    public static <T> CommandOperation<T> runCommand(String databaseName, BsonDocument command, Decoder<T> decoder) {
        checkCommand(command);
        // a shallow copy: the caller's document stays untouched, its values are only read
        BsonDocument withDatabase = new BsonDocument(command.size() + 1);
        withDatabase.putAll(command);
        return runOwnedCommand(databaseName, withDatabase, decoder);
    }

    /**
     * The same for a command document the driver built from the caller's argument and nobody else
     * holds: {@code $db} is appended to it in place, no copy is made.
     */
    public static <T> CommandOperation<T> runOwnedCommand(String databaseName, BsonDocument command, Decoder<T> decoder) {
        checkCommand(command);
        Commands.withDatabase(command, databaseName);
        return new CommandOperation<>(command, (reply, description) -> BsonDecoding.decode(reply, decoder));
    }

    private static void checkCommand(BsonDocument command) {
        if (command.isEmpty()) {
            throw new IllegalArgumentException("command must not be empty");
        }
        if (command.containsKey("$db")) {
            throw new IllegalArgumentException("command must not contain $db; the database's name is added by the driver");
        }
    }
}
