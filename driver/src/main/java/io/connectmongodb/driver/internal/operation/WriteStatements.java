package io.connectmongodb.driver.internal.operation;

import io.connectmongodb.driver.internal.bson.BsonEncoding;
import java.util.List;
import org.bson.BsonArray;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonValue;
import org.bson.RawBsonDocument;

/**
 * Builds encoded write statements. Inserted documents arrive validated and with their {@code _id}
 * from {@link io.connectmongodb.driver.internal.bson.StoredDocumentEncoder}; the caller learns the id
 * from {@link PreparedInsert}.
 */
public final class WriteStatements {
    private WriteStatements() {
    }

    /** An insert statement and the {@code _id} of its document. */
    public record PreparedInsert(WriteStatement statement, BsonValue id) {
    }

    /**
     * An insert statement for a document already encoded and validated (with its {@code _id}) by
     * {@link io.connectmongodb.driver.internal.bson.StoredDocumentEncoder}.
     */
    public static PreparedInsert insert(String description, RawBsonDocument document, BsonValue id) {
        return new PreparedInsert(new WriteStatement(document, document, description), id);
    }

    /** The same for the document at {@code index} of the caller's list (named so only in error messages). */
    public static PreparedInsert insert(String what, int index, RawBsonDocument document, BsonValue id) {
        return new PreparedInsert(new WriteStatement(document, document, what, index), id);
    }

    /** The same with the document's encoded size already known (from the encoder). */
    public static PreparedInsert insert(String what, int index, RawBsonDocument document, BsonValue id, int size) {
        return new PreparedInsert(new WriteStatement(document, document, what, index, size), id);
    }

    /**
     * An update statement. {@code update} is an operator document, a pipeline array or (when
     * {@code replacement} is true) a validated replacement document.
     */
    public static WriteStatement update(String description, BsonDocument filter, BsonValue update, boolean replacement,
                                        boolean multi, boolean upsert, List<BsonDocument> arrayFilters, BsonValue hint,
                                        BsonDocument collation) {
        RawBsonDocument sizeChecked = null;
        BsonValue u = update;
        if (replacement) {
            sizeChecked = BsonEncoding.toRaw(description, update.asDocument());
            u = sizeChecked;
        }
        BsonDocument statement = new BsonDocument("q", filter).append("u", u);
        if (upsert) {
            statement.append("upsert", BsonBoolean.TRUE);
        }
        if (multi) {
            statement.append("multi", BsonBoolean.TRUE);
        }
        if (arrayFilters != null) {
            statement.append("arrayFilters", new BsonArray(arrayFilters));
        }
        Commands.putIfNotNull(statement, "hint", hint);
        Commands.putIfNotNull(statement, "collation", collation);
        return new WriteStatement(BsonEncoding.toRaw(description, statement), sizeChecked, description);
    }

    /** A delete statement: {@code limit: 0} deletes every match, {@code limit: 1} only the first. */
    public static WriteStatement delete(String description, BsonDocument filter, boolean multi, BsonValue hint,
                                        BsonDocument collation) {
        BsonDocument statement = new BsonDocument("q", filter).append("limit", new BsonInt32(multi ? 0 : 1));
        Commands.putIfNotNull(statement, "hint", hint);
        Commands.putIfNotNull(statement, "collation", collation);
        return new WriteStatement(BsonEncoding.toRaw(description, statement), null, description);
    }
}
