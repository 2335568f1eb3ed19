package io.connectmongodb.driver.internal.session;

import java.util.List;
import java.util.Set;
import io.connectmongodb.driver.internal.connection.DocumentSequence;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * Classifies commands by name (and, where it matters, by content) the way the read/write concern,
 * sessions and retryable writes specs need: which commands take a {@code readConcern}, which take a
 * {@code writeConcern}, and which writes may be retried (no multi-document update or delete).
 */
public final class CommandKinds {
    private static final Set<String> READ_CONCERN = Set.of("find", "aggregate", "distinct", "count");
    private static final Set<String> WRITE_CONCERN = Set.of("insert", "update", "delete", "findAndModify", "create",
            "drop", "dropDatabase", "createIndexes", "dropIndexes", "renameCollection", "collMod",
            "commitTransaction", "abortTransaction");

    private CommandKinds() {
    }

    public static String name(BsonDocument command) {
        return command.getFirstKey();
    }

    /** find, distinct, count and a read-only aggregate. */
    public static boolean takesReadConcern(BsonDocument command) {
        String name = name(command);
        return READ_CONCERN.contains(name) && !(name.equals("aggregate") && writesToCollection(command));
    }

    /** The write commands, DDL commands, transaction ends and aggregates ending in $out/$merge. */
    public static boolean takesWriteConcern(BsonDocument command) {
        String name = name(command);
        return WRITE_CONCERN.contains(name) || (name.equals("aggregate") && writesToCollection(command));
    }

    /** The CRUD writes: insert, update, delete and findAndModify. */
    public static boolean isCrudWrite(BsonDocument command) {
        String name = name(command);
        return name.equals("insert") || name.equals("update") || name.equals("delete") || name.equals("findAndModify");
    }

    /**
     * Whether the retryable writes spec allows retrying it: inserts, findAndModify, and updates and
     * deletes none of whose statements touches several documents.
     */
    public static boolean isRetryableWrite(BsonDocument command, List<DocumentSequence> sequences) {
        String name = name(command);
        if (name.equals("insert") || name.equals("findAndModify")) {
            return true;
        }
        if (!name.equals("update") && !name.equals("delete")) {
            return false;
        }
        String field = name.equals("update") ? "updates" : "deletes";
        for (BsonDocument statement : statements(command, sequences, field)) {
            if (name.equals("update") && statement.getBoolean("multi", org.bson.BsonBoolean.FALSE).getValue()) {
                return false;
            }
            if (name.equals("delete") && statement.containsKey("limit") && statement.getNumber("limit").intValue() == 0) {
                return false;
            }
        }
        return true;
    }

    private static List<? extends BsonDocument> statements(BsonDocument command, List<DocumentSequence> sequences,
                                                           String field) {
        for (DocumentSequence sequence : sequences) {
            if (sequence.identifier().equals(field)) {
                return sequence.documents();
            }
        }
        BsonValue inline = command.get(field);
        if (inline instanceof BsonArray) {
            return inline.asArray().getValues().stream().map(BsonValue::asDocument).toList();
        }
        return List.of();
    }

    private static boolean writesToCollection(BsonDocument command) {
        BsonValue pipeline = command.get("pipeline");
        if (!(pipeline instanceof BsonArray) || pipeline.asArray().isEmpty()) {
            return false;
        }
        BsonValue last = pipeline.asArray().get(pipeline.asArray().size() - 1);
        return last.isDocument() && (last.asDocument().containsKey("$out") || last.asDocument().containsKey("$merge"));
    }
}
