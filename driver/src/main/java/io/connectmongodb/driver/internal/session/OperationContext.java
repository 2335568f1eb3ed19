package io.connectmongodb.driver.internal.session;

import io.connectmongodb.driver.ReadConcern;
import io.connectmongodb.driver.WriteConcern;
import io.connectmongodb.driver.internal.connection.ConnectionDescription;
import io.connectmongodb.driver.internal.connection.DocumentSequence;
import java.util.List;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * What one operation adds to every command it sends, and learns from every reply. Built by the
 * executor from the scope (read and write concern) of the database or collection that runs it.
 *
 * <p>Rules (read/write concern spec): a command that takes a read concern gets {@code readConcern}
 * when the level is not the server default; a command that takes a write concern gets
 * {@code writeConcern} unless it is the server default or the command already has one. A CRUD write
 * whose write concern is {@code w:0} is unacknowledged: it is sent with {@code moreToCome} and
 * answered locally with {@code {ok: 1}}.
 */
public class OperationContext {
    private final ReadConcern readConcern;
    private final WriteConcern writeConcern;

    public OperationContext(ReadConcern readConcern, WriteConcern writeConcern) {
        this.readConcern = readConcern;
        this.writeConcern = writeConcern;
    }

    public ReadConcern readConcern() {
        return readConcern;
    }

    public WriteConcern writeConcern() {
        return writeConcern;
    }

    /** Whether {@code command} is sent without awaiting a reply. */
    public boolean isUnacknowledged(BsonDocument command) {
        return !writeConcern.isAcknowledged() && CommandKinds.isCrudWrite(command);
    }

    /** A copy of {@code command} with the fields this operation adds. */
    public BsonDocument prepare(BsonDocument command, List<DocumentSequence> sequences, ConnectionDescription server) {
        BsonDocument out = command.clone();
        if (CommandKinds.takesReadConcern(command) && !command.containsKey("readConcern") && !readConcern.isServerDefault()) {
            putBeforeDatabase(out, "readConcern", readConcern.toDocument());
        }
        if (CommandKinds.takesWriteConcern(command) && !command.containsKey("writeConcern")
                && !writeConcern.isServerDefault()) {
            putBeforeDatabase(out, "writeConcern", writeConcern.toDocument());
        }
        return out;
    }

    /** Learns from a reply (or an error's reply); nothing for a plain operation. */
    public void onReply(BsonDocument reply, ConnectionDescription server) {
    }

    /** Appends {@code name} keeping {@code $db} last, which keeps recorded commands easy to read. */
    static void putBeforeDatabase(BsonDocument command, String name, BsonValue value) {
        BsonValue database = command.remove("$db");
        command.put(name, value);
        if (database != null) {
            command.put("$db", database);
        }
    }
}
