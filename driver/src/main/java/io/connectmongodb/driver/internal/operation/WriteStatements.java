package io.connectmongodb.driver.internal.operation;

import io.connectmongodb.driver.internal.bson.BsonEncoding;
import io.connectmongodb.driver.internal.validation.StoredDocumentValidator;
import java.util.List;
import org.bson.BsonArray;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonObjectId;
import org.bson.BsonValue;
import org.bson.RawBsonDocument;

/**
 * Builds validated, encoded write statements. Inserted documents are checked with
 * {@link StoredDocumentValidator} and get an {@code _id} (a new ObjectId, placed first as the
 * server would) when they have none; the caller learns the id from {@link PreparedInsert}.
 */
public final class WriteStatements {
    private WriteStatements() {
    }

    /** An insert statement and the {@code _id} of its document. */
    public record PreparedInsert(WriteStatement statement, BsonValue id) {
    }

    public static PreparedInsert insert(String description, BsonDocument document) {
        StoredDocumentValidator.validate(description, document);
        BsonDocument withId = document;
        BsonValue id = document.get("_id");
        if (id == null) {
            id = new BsonObjectId();
            withId = new BsonDocument("_id", id);
            withId.putAll(document);
        }
        RawBsonDocument raw = BsonEncoding.toRaw(description, withId);
        return new PreparedInsert(new WriteStatement(raw, raw, description), id);
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
